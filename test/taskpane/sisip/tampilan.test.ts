/** @jest-environment jsdom */
import type { Bahasa } from "../../../src/bahasa";
import type { HasilSisip } from "../../../src/excel/sisip/hasil-sisip";
import { KATALOG_BAWAAN } from "../../../src/domain/katalog-bawaan";
import {
  renderKerangkaSisip,
  renderPesanKatalog,
  teksHasil,
  teksKatalogAktif,
  teksKemajuan,
} from "../../../src/taskpane/sisip/tampilan";

describe("the insert section's renderers", () => {
  it.each([
    ["2027", new Date(2027, 3, 1), "2026", "2026"],
    ["2026", new Date(2026, 3, 1), "2025", "2026"],
    ["2025, the catalog's first year", new Date(2025, 3, 1), "2025", "2025"],
  ])(
    "in %s chooses last year to report and this year to plan, within the catalog",
    (_k, kini, laporan, rencana) => {
      const k = renderKerangkaSisip({ ...KATALOG_BAWAAN, tahun: [2025, 2026] }, "id", kini);
      expect([k.tahun.value, k.tahunRencana.value]).toEqual([laporan, rencana]);
    },
  );

  it.each([
    ["id", { ok: true, lembar: ["IKU (2)", "PK"] }, "Dibuat: IKU (2), PK"],
    ["en", { ok: true, lembar: ["IKU"] }, "Created: IKU"],
    ["en", { ok: false, pesan: { id: "Gagal.", en: "Failed." } }, "Failed."],
  ] as Array<[Bahasa, HasilSisip, string]>)("tells in %s what an insertion did", (bahasa, hasil, teks) => {
    expect(teksHasil(hasil, bahasa)).toBe(teks);
  });

  it.each([
    ["id", "Menyisipkan… bagian 2 dari 5"],
    ["en", "Inserting… part 2 of 5"],
  ] as const)("counts the batches in %s", (bahasa, teks) => {
    expect(teksKemajuan(2, 5, bahasa)).toBe(teks);
  });

  it.each([
    ["id", "Katalog dimuat; karakter yang tidak dapat disimpan dalam berkas Excel dihapus:"],
    ["en", "Catalog loaded; characters an Excel file cannot hold were removed (details in Indonesian):"],
  ] as const)("lists a catalog's problems one per item as text, in %s", (bahasa, judul) => {
    const div = document.createElement("div");
    div.append(renderPesanKatalog("katalogDibersihkan", ["baris 2: <script>x</script>", "baris 3"], bahasa));
    expect([
      div.querySelector("p")?.textContent,
      [...div.querySelectorAll("li")].map((l) => l.textContent),
    ]).toEqual([judul, ["baris 2: <script>x</script>", "baris 3"]]);
    expect(div.querySelector("script")).toBeNull();
  });

  it("frames the section with its labelled controls and the catalog's years, default year chosen", () => {
    const k = renderKerangkaSisip(
      { ...KATALOG_BAWAAN, instansi: "Dinas <b>Uji</b>", tahun: [2025, 2026] },
      "en",
    );
    expect(k.simpul.map((e) => e.id).filter(Boolean)).toEqual([
      "judul-sisip",
      "sisip-tombol",
      "sisip-status",
      "sisip-kemajuan",
      "sisip-berikut",
      "sisip-isian",
      "sisip-katalog",
      "sisip-info-katalog",
    ]);
    expect([...k.tahun.options].map((o) => o.textContent)).toEqual(["2025", "2026"]);
    expect([...k.tahunRencana.options].map((o) => o.textContent)).toEqual(["2025", "2026"]);
    expect([k.tombol.id, k.tombol.textContent, k.infoKatalog.textContent]).toEqual([
      "sisip-tombol",
      "Insert IKU",
      "Catalog: Dinas <b>Uji</b>",
    ]);
    expect(teksKatalogAktif(KATALOG_BAWAAN, "id")).toBe(`Katalog: ${KATALOG_BAWAAN.instansi}`);
  });
});
