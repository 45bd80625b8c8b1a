// Builds the single shared-runtime page (taskpane.html loading functions.js then taskpane.js),
// functions.json from the JSDoc, and a manifest whose development URLs point at urlProd when given.
const fs = require("node:fs");
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const URL_DEV = "https://localhost:3000/";
const SUMBER = path.join(__dirname, "src");
const TEMPLAT_BANTUAN = path.join(SUMBER, "help", "templat-bantuan.html");

/** The deployment base URL, always with one trailing slash, or the development URL. */
function urlDasar(env) {
  const url = env && typeof env.urlProd === "string" ? env.urlProd.trim() : "";
  if (!url) return URL_DEV;
  if (!/^https:\/\//i.test(url)) throw new Error(`urlProd harus diawali https:// (diterima: ${url})`);
  return url.replace(/\/*$/, "/");
}

/** Every development URL, not just the first: the manifest names it more than a dozen times. */
function gantiUrl(isi, url) {
  return isi.toString().split(URL_DEV).join(url);
}

/** The generated functions.json carries @helpurl links; it is emitted by a plugin, not copied, so rewrite it here. */
class GantiUrlAset {
  constructor(url, pola) {
    this.url = url;
    this.pola = pola;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("GantiUrlAset", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "GantiUrlAset", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        (aset) => {
          for (const nama of Object.keys(aset).filter((n) => this.pola.test(n))) {
            const isi = gantiUrl(aset[nama].source(), this.url);
            compilation.updateAsset(nama, new sources.RawSource(isi));
          }
        },
      );
    });
  }
}

let tsxTerpasang = false;

/** The registry's generators, read afresh so a dev-server rebuild sees edited texts. */
function muatPembangkit() {
  // The registry is TypeScript; tsx lets this CommonJS config read it.
  if (!tsxTerpasang) require("tsx/cjs/api").register();
  tsxTerpasang = true;
  for (const berkas of Object.keys(require.cache))
    if (berkas.startsWith(SUMBER)) delete require.cache[berkas];
  return {
    metadataInggris: require("./src/functions/daftar/metadata-inggris.ts").metadataInggris,
    halamanBantuan: require("./src/functions/daftar/halaman-bantuan.ts").halamanBantuan,
  };
}

/**
 * functions.en.json (the generated functions.json with the registry's English descriptions) and
 * bantuan.html (the template with a section per function), both written from src/functions/daftar.
 */
class AsetDaftarFungsi {
  keluaran = { inggris: "functions.en.json", bantuan: "bantuan.html" };

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("AsetDaftarFungsi", (compilation) => {
      // Before GantiUrlAset (stage ADDITIONS), so the English help links are rewritten too.
      const tahap = { name: "AsetDaftarFungsi", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL };
      compilation.hooks.processAssets.tap(tahap, (aset) => {
        compilation.contextDependencies.add(path.join(SUMBER, "functions", "daftar"));
        compilation.fileDependencies.add(TEMPLAT_BANTUAN);
        try {
          const { metadataInggris, halamanBantuan } = muatPembangkit();
          compilation.emitAsset(
            this.keluaran.bantuan,
            new sources.RawSource(halamanBantuan(fs.readFileSync(TEMPLAT_BANTUAN, "utf8"))),
          );
          // Without functions.json the metadata plugin has already reported why.
          if (!aset["functions.json"]) return;
          const indonesia = JSON.parse(aset["functions.json"].source().toString());
          const isi = JSON.stringify(metadataInggris(indonesia), null, 4);
          compilation.emitAsset(this.keluaran.inggris, new sources.RawSource(isi));
        } catch (galat) {
          compilation.errors.push(new WebpackError(`Daftar fungsi: ${galat.message}`));
        }
      });
    });
  }
}

module.exports = (env, argv) => {
  const produksi = argv.mode === "production";
  const url = urlDasar(env);
  return {
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/main.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    devtool: produksi ? false : "source-map",
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          // Type errors in what ships fail the build; tests are checked by ts-jest and tsc.
          use: { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // functions.js must run before taskpane.js: the page is the functions' runtime.
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        inject: "head",
        scriptLoading: "defer",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "manifest.xml", to: "manifest.xml", transform: (isi) => gantiUrl(isi, url) },
        ],
      }),
      // English metadata (chosen by Excel through the manifest's en-US override) and the help page.
      new AsetDaftarFungsi(),
      new GantiUrlAset(url, /^functions(\.en)?\.json$/),
    ],
    performance: { hints: false },
    devServer: {
      port: 3000,
      // No reload client: it would be injected into functions.js too; reload the pane by hand.
      hot: false,
      liveReload: false,
      webSocketServer: false,
      client: false,
      headers: { "Access-Control-Allow-Origin": "*" },
    },
  };
};

module.exports.URL_DEV = URL_DEV;
