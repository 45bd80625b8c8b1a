/** The pane's stylesheet keeps one palette: every colour declared once, no second dark list. */
import fs from "node:fs";
import path from "node:path";

const CSS = fs.readFileSync(path.join(__dirname, "../../src/taskpane/taskpane.css"), "utf8");
const deklarasi = [...CSS.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, nama, nilai]) => [
  nama,
  nilai.trim(),
]);

describe("taskpane.css", () => {
  it("declares each custom property once", () => {
    const nama = deklarasi.map(([n]) => n);
    expect(nama.filter((n, i) => nama.indexOf(n) !== i)).toEqual([]);
  });

  it("gives every palette colour its light and dark value side by side", () => {
    const warna = deklarasi.filter(([, nilai]) => nilai.includes("#"));
    expect(warna.length).toBeGreaterThan(5);
    expect(warna.filter(([, nilai]) => !/^light-dark\(#[0-9a-f]{6}, #[0-9a-f]{6}\)$/i.test(nilai))).toEqual(
      [],
    );
  });

  it("lets Office's theme and the system's preference choose the side, with no colour in either", () => {
    const blok = (pemilih: string) =>
      CSS.match(new RegExp(`${pemilih.replace(/[[\]]/g, "\\$&")}\\s*\\{([^}]*)\\}`))?.[1].trim();
    expect([blok(':root[data-tema="gelap"]'), blok(':root[data-tema="terang"]')]).toEqual([
      "color-scheme: dark;",
      "color-scheme: light;",
    ]);
    expect(CSS).toMatch(/:root \{[^}]*color-scheme: light dark;/);
    expect(CSS).not.toMatch(/@media[^{]*prefers-color-scheme/);
  });
});
