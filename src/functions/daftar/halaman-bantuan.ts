import { DAFTAR_FUNGSI, type EntriFungsi } from "./index";
import { rumusContoh, sintaks, tulisHasil } from "./tulis";

/** Where the template receives the generated list and sections. */
export const PENANDA_HALAMAN = {
  daftar: "<!-- DAFTAR_FUNGSI -->",
  bagian: "<!-- BAGIAN_FUNGSI -->",
} as const;

const ENTITAS: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Text made safe for HTML content and attribute values. */
export const lolos = (teks: string): string => teks.replace(/[&<>"']/g, (c) => ENTITAS[c]);

/** A registry paragraph as HTML: `code` and *emphasis*, everything else escaped. */
export function markah(teks: string): string {
  return teks
    .split("`")
    .map((bagian, i) =>
      i % 2 === 1 ? `<code>${lolos(bagian)}</code>` : lolos(bagian).replace(/\*([^*]+)\*/g, "<em>$1</em>"),
    )
    .join("");
}

function bagianFungsi(f: EntriFungsi): string {
  const id = lolos(f.id);
  const judulTabel = f.isiRentang ? `Contoh (${lolos(f.isiRentang)})` : "Contoh";
  const baris = f.contoh.map(
    (c) =>
      `            <tr><td><code>${lolos(rumusContoh(f.id, c.argumen, "id"))}</code></td><td>${lolos(tulisHasil(c.hasil, "id"))}</td></tr>`,
  );
  return [
    `      <section class="bagian" aria-labelledby="${id}">`,
    `        <h2 id="${id}" class="bagian__judul">${lolos(sintaks(f, "id"))}</h2>`,
    ...f.penjelasan.id.map((p) => `        <p>${markah(p)}</p>`),
    `        <table class="bantuan__contoh">`,
    `          <caption>${judulTabel}</caption>`,
    `          <thead>`,
    `            <tr><th scope="col">Rumus</th><th scope="col">Hasil</th></tr>`,
    `          </thead>`,
    `          <tbody>`,
    ...baris,
    `          </tbody>`,
    `        </table>`,
    ...f.penjelasan.en.map((p) => `        <p lang="en">${markah(p)}</p>`),
    `      </section>`,
  ].join("\n");
}

/** The help page: the template's static parts with one link and one section per registered function. */
export function halamanBantuan(templat: string, daftar: readonly EntriFungsi[] = DAFTAR_FUNGSI): string {
  for (const p of Object.values(PENANDA_HALAMAN))
    if (templat.split(p).length !== 2) throw new Error(`Templat bantuan harus memuat ${p} tepat sekali`);
  const tautan = daftar
    .map((f) => `          <li><a href="#${lolos(f.id)}">${lolos(f.id)}</a></li>`)
    .join("\n");
  return templat
    .replace(PENANDA_HALAMAN.daftar, () => tautan.trimStart())
    .replace(PENANDA_HALAMAN.bagian, () => daftar.map(bagianFungsi).join("\n\n").trimStart());
}
