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
      "sisip-isian",
      "sisip-katalog",
      "sisip-info-katalog",
      "sisip-kemajuan",
      "sisip-status",
    ]);
    expect([...k.tahun.options].map((o) => o.textContent)).toEqual(["2025", "2026"]);
    expect([k.tombol.id, k.tombol.textContent, k.infoKatalog.textContent]).toEqual([
      "sisip-tombol",
      "Insert IKU",
      "Catalog: Dinas <b>Uji</b>",
    ]);
    expect(teksKatalogAktif(KATALOG_BAWAAN, "id")).toBe(`Katalog: ${KATALOG_BAWAAN.instansi}`);
  });
});
