import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { LOKAL_INGGRIS, lengkapiInggris } from "../scripts/lokal-inggris";

const AKAR = path.resolve(__dirname, "..");
const XML = fs.readFileSync(path.join(AKAR, "manifest.xml"), "utf8");
const URL_DEV = "https://localhost:3000/";

/** Attributes of every start tag named `nama` (with or without prefix), in document order. */
function tag(nama: string): Record<string, string>[] {
  const pola = new RegExp(`<${nama.replace(".", "\\.")}(\\s[^>]*?)?/?>`, "g");
  return [...XML.matchAll(pola)].map((m) =>
    Object.fromEntries([...(m[1] ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g)].map((a) => [a[1], a[2]])),
  );
}

/** Resources by kind, with their default value and en-US override (if any). */
function sumber(jenis: "bt:Image" | "bt:Url" | "bt:String") {
  const pola = new RegExp(
    `<${jenis} id="([^"]+)" DefaultValue="([^"]*)"\\s*(?:/>|>([\\s\\S]*?)</${jenis}>)`,
    "g",
  );
  return [...XML.matchAll(pola)].map((m) => ({
    id: m[1],
    nilai: m[2],
    inggris: /<bt:Override Locale="en-US" Value="([^"]*)"/.exec(m[3] ?? "")?.[1],
  }));
}

const GAMBAR = sumber("bt:Image");
const URL_SUMBER = sumber("bt:Url");
const TEKS = sumber("bt:String");
const ID_GAMBAR = new Set(GAMBAR.map((s) => s.id));
const ID_URL = new Set(URL_SUMBER.map((s) => s.id));
const ID_TEKS = new Set(TEKS.map((s) => s.id));

type WebpackKonfigurasi = {
  entry: Record<string, string>;
  plugins: {
    constructor: { name: string };
    userOptions?: { filename?: string };
    options?: { output?: string };
    patterns?: { from: string; to: string; transform?: (isi: Buffer) => string }[];
    keluaran?: Record<string, string>;
    pola?: RegExp;
  }[];
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const buatKonfigurasi = require("../webpack.config.js") as (
  env: Record<string, string>,
  argv: { mode: string },
) => WebpackKonfigurasi;

/** The files the production build writes to dist/, read from webpack.config.js itself. */
function fileTerbit(): Set<string> {
  const k = buatKonfigurasi({}, { mode: "production" });
  const hasil = new Set(Object.keys(k.entry).map((n) => `${n}.js`));
  for (const p of k.plugins) {
    if (p.userOptions?.filename) hasil.add(p.userOptions.filename);
    if (p.constructor.name === "CustomFunctionsMetadataPlugin" && p.options?.output)
      hasil.add(p.options.output);
    for (const f of Object.values(p.keluaran ?? {})) hasil.add(f);
    for (const pola of p.patterns ?? []) {
      const dir = path.dirname(pola.from);
      const cocok = new RegExp(`^${path.basename(pola.from).replace(/\./g, "\\.").replace(/\*/g, "[^/]*")}$`);
      for (const f of fs.readdirSync(path.join(AKAR, dir)).filter((f) => cocok.test(f))) {
        const ext = path.extname(f);
        hasil.add(pola.to.replace("[name]", path.basename(f, ext)).replace("[ext]", ext));
      }
    }
  }
  return hasil;
}

describe("manifest.xml", () => {
  it.each([
    ["bt:Image", "image", ID_GAMBAR],
    ["SourceLocation", "url", ID_URL],
    ["LearnMoreUrl", "url", ID_URL],
    ["FunctionFile", "url", ID_URL],
    ["Runtime", "url", ID_URL],
    ["Label", "string", ID_TEKS],
    ["Title", "string", ID_TEKS],
    ["Description", "string", ID_TEKS],
    ["Namespace", "string", ID_TEKS],
  ])("resolves every resid of <%s> to a defined %s resource", (nama, _jenis, ids) => {
    const residTag = tag(nama)
      .map((a) => a.resid)
      .filter(Boolean);
    expect(residTag.filter((r) => !ids.has(r))).toEqual([]);
  });

  it("uses every resid attribute in one of the kinds checked above", () => {
    const semua = [...XML.matchAll(/\bresid="([^"]+)"/g)].map((m) => m[1]);
    const dikenal = new Set([...ID_GAMBAR, ...ID_URL, ...ID_TEKS]);
    expect(semua.length).toBeGreaterThan(20);
    expect(semua.filter((r) => !dikenal.has(r))).toEqual([]);
  });

  it("defines no resource or control id twice, and keeps resids within 32 characters", () => {
    const ids = [...GAMBAR, ...URL_SUMBER, ...TEKS].map((s) => s.id);
    const kontrol = [...tag("Control"), ...tag("Group")].map((a) => a.id);
    for (const daftar of [ids, kontrol]) expect(new Set(daftar).size).toBe(daftar.length);
    expect(ids.filter((id) => id.length > 32)).toEqual([]);
  });

  it("points every URL at a file the build emits under the development base URL", () => {
    const terbit = fileTerbit();
    const urls = [...XML.matchAll(/\b(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThanOrEqual(10);
    for (const url of urls) {
      expect(url.startsWith(URL_DEV)).toBe(true);
      expect(terbit).toContain(url.slice(URL_DEV.length));
    }
  });

  it("asks for ReadWriteDocument and nothing broader", () => {
    expect([...XML.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1])).toEqual([
      "ReadWriteDocument",
    ]);
  });

  it("has an en-US override for every Indonesian string, display name and description", () => {
    expect(TEKS.length).toBeGreaterThanOrEqual(10);
    expect(TEKS.filter((s) => !s.inggris).map((s) => s.id)).toEqual([]);
    for (const el of ["DisplayName", "Description"]) {
      expect(XML).toMatch(
        new RegExp(`<${el} DefaultValue="[^"]+">\\s*<Override Locale="en-US" Value="[^"]+"/>`),
      );
    }
    expect(XML).toContain("<DefaultLocale>id-ID</DefaultLocale>");
  });

  it("is exactly what npm run manifest:inggris writes: every English locale gets the en-US text", () => {
    expect(XML).toBe(lengkapiInggris(XML));
  });

  it.each(LOKAL_INGGRIS.map((l) => [l]))("gives Excel in %s every English override en-US has", (lokal) => {
    const nilai = (l: string) =>
      [...XML.matchAll(new RegExp(`Override Locale="${l}" Value="([^"]*)"`, "g"))].map((m) => m[1]);
    expect(nilai(lokal)).toEqual(nilai("en-US"));
    expect(nilai(lokal).length).toBeGreaterThanOrEqual(TEKS.length + 3);
  });

  it("names the English locales Office users here are likely to run", () => {
    expect(LOKAL_INGGRIS).toEqual(
      expect.arrayContaining([
        "en-US",
        "en-GB",
        "en-AU",
        "en-IN",
        "en-SG",
        "en-CA",
        "en-NZ",
        "en-IE",
        "en-ZA",
      ]),
    );
  });

  it("declares the CustomFunctionsRuntime version of every CustomFunctions call in src", () => {
    // Microsoft's reference: CustomFunctions.Error is 1.2, its ErrorCode values 1.3.
    const perlu: [RegExp, number][] = [
      [/CustomFunctions\.Error\b(?!Code)/, 2],
      [/CustomFunctions\.ErrorCode\./, 3],
    ];
    const berkas = fs
      .readdirSync(path.join(AKAR, "src"), { recursive: true, encoding: "utf8" })
      .filter((f) => f.endsWith(".ts"))
      .map((f) => fs.readFileSync(path.join(AKAR, "src", f), "utf8"));
    const minimum = Math.max(
      1,
      ...perlu.filter(([pola]) => berkas.some((isi) => pola.test(isi))).map(([, m]) => m),
    );
    const dinyatakan = tag("Set").find((a) => a.Name === "CustomFunctionsRuntime")?.MinVersion;
    expect(minimum).toBe(3);
    expect(dinyatakan).toBe(`1.${minimum}`);
  });

  it("keeps the TaskpaneId of its one task pane, with the reason beside it", () => {
    expect([...XML.matchAll(/<TaskpaneId>([^<]+)<\/TaskpaneId>/g)].map((m) => m[1])).toEqual([
      "IKU.Taskpane",
    ]);
    expect(XML).toMatch(/<!-- TaskpaneId stays:[\s\S]*?#5375[\s\S]*?-->\s*<Action xsi:type="ShowTaskpane">/);
  });

  it("gives Excel in English the English functions metadata the build writes, and only that URL differs", () => {
    const meta = URL_SUMBER.find((s) => s.id === "Functions.Metadata.Url");
    expect(meta).toEqual({
      id: "Functions.Metadata.Url",
      nilai: `${URL_DEV}functions.json`,
      inggris: `${URL_DEV}functions.en.json`,
    });
    expect(URL_SUMBER.filter((s) => s.inggris).map((s) => s.id)).toEqual(["Functions.Metadata.Url"]);
  });

  it("sends people who ask for help to the help page the add-in serves", () => {
    expect(tag("SupportUrl")).toEqual([{ DefaultValue: `${URL_DEV}bantuan.html` }]);
    expect(URL_SUMBER.find((s) => s.id === "GetStarted.LearnMoreUrl")?.nilai).toBe(`${URL_DEV}bantuan.html`);
  });

  it("keeps short strings within 125 characters and long strings within 250", () => {
    const blok = (nama: string) => XML.slice(XML.indexOf(`<bt:${nama}>`), XML.indexOf(`</bt:${nama}>`));
    const panjang = (isi: string, maks: number) =>
      [...isi.matchAll(/Value="([^"]*)"/g)].map((m) => m[1]).filter((v) => v.length > maks);
    expect(panjang(blok("ShortStrings"), 125)).toEqual([]);
    expect(panjang(blok("LongStrings"), 250)).toEqual([]);
  });

  it("runs pane, ribbon and functions in one long-lived runtime under the IKU namespace", () => {
    expect(tag("Runtime")).toEqual([{ resid: "Taskpane.Url", lifetime: "long" }]);
    // The shared runtime only loads when every part names the same resid.
    const halaman = XML.match(/<Page>\s*<SourceLocation resid="([^"]+)"/)?.[1];
    const panel = XML.match(/<Action xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="([^"]+)"/)?.[1];
    expect([halaman, tag("FunctionFile")[0].resid, panel]).toEqual([
      "Taskpane.Url",
      "Taskpane.Url",
      "Taskpane.Url",
    ]);
    expect(TEKS.find((s) => s.id === "Functions.Namespace")?.nilai).toBe("IKU");
    expect(tag("Set").map((a) => a.Name)).toEqual(["SharedRuntime", "CustomFunctionsRuntime"]);
  });

  it("gives the ribbon group the four agreed buttons with the agreed actions", () => {
    const label = (id: string) => TEKS.find((s) => s.id === id)?.nilai;
    expect(tag("Group").map((a) => a.id)).toEqual(["IKU.Group"]);
    expect(label("Group.Label")).toBe("IKU Kinerja");
    expect(tag("Control").map((a) => a.id)).toEqual([
      "IKU.Panel",
      "IKU.Sisipkan",
      "IKU.Tandai",
      "IKU.HapusTanda",
    ]);
    expect([...XML.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1])).toEqual([
      "sisipkanIku",
      "tandaiCapaian",
      "hapusTanda",
    ]);
    expect(["Panel.Label", "Sisipkan.Label", "Tandai.Label", "HapusTanda.Label"].map(label)).toEqual([
      "Panel IKU",
      "Sisipkan IKU",
      "Tandai Capaian",
      "Hapus Tanda",
    ]);
  });

  it("ships every icon as a PNG of the size its name says", () => {
    for (const g of GAMBAR) {
      const file = path.join(AKAR, g.nilai.slice(URL_DEV.length));
      const png = fs.readFileSync(file);
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      const ukuran = Number(/icon-(\d+)\.png$/.exec(file)?.[1]);
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([ukuran, ukuran]);
    }
  });
});

describe("manifest rewritten for deployment", () => {
  const salin = (env: Record<string, string>) => {
    const pola = buatKonfigurasi(env, { mode: "production" })
      .plugins.flatMap((p) => p.patterns ?? [])
      .find((p) => p.from === "manifest.xml");
    return pola?.transform?.(Buffer.from(XML)) ?? "";
  };

  it.each([["https://contoh.go.id/iku/"], ["https://contoh.go.id/iku"], ["https://contoh.go.id/iku///"]])(
    "replaces every development URL with %s, with one slash before the path",
    (urlProd) => {
      const hasil = salin({ urlProd });
      expect(hasil).not.toContain("localhost");
      const jumlah = XML.split(URL_DEV).length - 1;
      expect(jumlah).toBeGreaterThanOrEqual(10);
      expect(hasil.split("https://contoh.go.id/iku/").length - 1).toBe(jumlah);
      expect(hasil).not.toContain("iku//");
    },
  );

  it("rewrites the help links of the English functions metadata as well, after it is written", () => {
    const plugin = buatKonfigurasi({ urlProd: "https://contoh.go.id/iku" }, { mode: "production" }).plugins;
    const tulis = plugin.findIndex((p) => p.keluaran?.inggris === "functions.en.json");
    const ganti = plugin.findIndex((p) => p.constructor.name === "GantiUrlAset");
    expect(tulis).toBeGreaterThanOrEqual(0);
    expect(ganti).toBeGreaterThan(tulis);
    expect(
      ["functions.json", "functions.en.json", "bantuan.html"].map((f) => plugin[ganti].pola?.test(f)),
    ).toEqual([true, true, false]);
  });

  it("leaves the development URLs alone without urlProd", () => {
    expect(salin({})).toBe(XML);
  });

  it("refuses a deployment URL that is not https", () => {
    expect(() => salin({ urlProd: "http://contoh.go.id/" })).toThrow(/https/);
  });
});

describe("manifest against Microsoft's schemas", () => {
  // Microsoft's published schemas, carried in the repository (see test/schemas/README.md).
  const skema = path.join(__dirname, "schemas", "OfficeAppManifestV1_1.xsd");
  const adaXmllint = spawnSync("xmllint", ["--version"]).status === 0;
  const wajib = process.env.CI === "true";

  it("carries the schemas it validates against", () => {
    expect(fs.existsSync(skema)).toBe(true);
  });

  it("validates with xmllint (required in CI)", () => {
    if (!adaXmllint && !wajib) return;
    expect(adaXmllint).toBe(true);
    const keluaran = execFileSync(
      "xmllint",
      ["--noout", "--nonet", "--schema", skema, path.join(AKAR, "manifest.xml")],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(keluaran).toBe("");
  });
});
