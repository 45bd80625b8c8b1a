// Builds the single shared-runtime page (taskpane.html loading functions.js then taskpane.js),
// functions.json from the JSDoc, and a manifest whose development URLs point at urlProd when given.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const URL_DEV = "https://localhost:3000/";

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
          // English metadata, chosen by Excel through the manifest's en-US override.
          {
            from: "src/functions/functions.en.json",
            to: "functions.en.json",
            transform: (isi) => gantiUrl(isi, url),
          },
          { from: "src/help/*", to: "[name][ext]" },
        ],
      }),
      new GantiUrlAset(url, /^functions\.json$/),
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
