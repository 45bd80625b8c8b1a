/** @jest-environment jsdom */
import {
  perbaruiManual,
  renderGalat,
  renderHasil,
  renderKerangkaTandai,
  renderManual,
  renderMeleset,
  renderRingkasan,
  renderTeksAngka,
  teksGagal,
  teksStatusHapus,
  teksStatusTandai,
} from "../../../src/taskpane/tandai/tampilan";
import { HASIL, MARKUP, SEMUA_TERCAPAI } from "./contoh";

/** The fragment in a div, so it can be queried and read like the section. */
function dalam(f: DocumentFragment | HTMLElement): HTMLDivElement {
  const div = document.createElement("div");
  div.append(f);
  return div;
}
const teks = (root: ParentNode, css: string) => [...root.querySelectorAll(css)].map((e) => e.textContent);

describe("the Tandai section's summary", () => {
  it.each([
    ["id", ["2024: 7 dari 8 indikator tercapai", "2025: 5 dari 8 indikator tercapai"]],
    ["en", ["2024: 7 of 8 indicators met", "2025: 5 of 8 indicators met"]],
  ] as const)("gives one line per period in %s", (bahasa, baris) => {
    expect(teks(dalam(renderRingkasan(HASIL, bahasa)), "p.tandai__ringkasan")).toEqual(baris);
  });

  it("leaves out the period prefix where the table has none", () => {
    expect(dalam(renderRingkasan(SEMUA_TERCAPAI, "id")).textContent).toBe("1 dari 1 indikator tercapai");
  });
});

describe("the Tandai review list", () => {
  it.each([
    [
      "id",
      "Tidak mencapai target",
      [
        "D4 · Target 71,5 · Realisasi 69,88 · Capaian 97,73% · Sangat Tinggi",
        "D11 · Target 90 · Realisasi 45 · Capaian 50,00% · Sangat Rendah",
      ],
    ],
    [
      "en",
      "Below target",
      [
        "D4 · Target 71.5 · Actual 69.88 · Achievement 97.73% · Sangat Tinggi",
        "D11 · Target 90 · Actual 45 · Achievement 50.00% · Sangat Rendah",
      ],
    ],
  ] as const)("lists only the misses, with their numbers in %s", (bahasa, judul, angka) => {
    const root = dalam(renderMeleset(HASIL, bahasa, jest.fn()));
    expect(root.querySelector("h3")?.textContent).toBe(judul);
    expect(teks(root, ".tandai__butir .tandai__label")).toEqual([
      "Koperasi Aktif (2025)",
      `${MARKUP} (2025)`,
    ]);
    expect(teks(root, ".tandai__butir .tandai__angka")).toEqual(angka);
  });

  it("shows markup in a label as text and builds no element from it", () => {
    const root = dalam(renderMeleset(HASIL, "id", jest.fn()));
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelectorAll("*")).toHaveLength(1 + 1 + 2 * 4);
  });

  it("reports which miss was clicked, as a button a keyboard reaches", () => {
    const saatPilih = jest.fn();
    const root = dalam(renderMeleset(HASIL, "id", saatPilih));
    const [, kedua] = root.querySelectorAll<HTMLButtonElement>("button.tandai__butir");
    kedua.click();
    expect([kedua.type, saatPilih.mock.calls.map(([b]) => b.alamat)]).toEqual(["button", ["D11"]]);
  });

  it.each([
    ["id", "Tidak ada realisasi yang meleset dari target."],
    ["en", "No actual is below target."],
  ] as const)("says in %s when nothing missed, with an empty list", (bahasa, pesan) => {
    const root = dalam(renderMeleset(SEMUA_TERCAPAI, bahasa, jest.fn()));
    expect([teks(root, "p.catatan"), root.querySelectorAll("li").length]).toEqual([[pesan], 0]);
  });
});

describe("the Tandai error and text-number notes", () => {
  it.each([
    ["id", "1 sel tidak dapat dinilai:", "D12 Rasio Wirausaha: Target nol."],
    ["en", "1 cells cannot be judged:", "D12 Rasio Wirausaha: Target is zero."],
  ] as const)("names each cell that cannot be judged and why, in %s", (bahasa, judul, butir) => {
    const root = dalam(renderGalat(HASIL, bahasa));
    expect([teks(root, "p.catatan"), teks(root, "li")]).toEqual([[judul], [butir]]);
  });

  it("renders nothing for errors or text numbers where there are none", () => {
    expect(renderGalat(SEMUA_TERCAPAI, "id").childNodes).toHaveLength(0);
    expect(renderTeksAngka([], "id", jest.fn()).childNodes).toHaveLength(0);
  });

  it.each([
    [
      "id",
      '1 sel berisi angka yang tersimpan sebagai teks (tidak ditandai sampai diubah): D10 "82,5" → 82,5',
      "Ubah jadi angka",
    ],
    [
      "en",
      '1 cells hold numbers stored as text (not flagged until converted): D10 "82,5" → 82.5',
      "Convert to numbers",
    ],
  ] as const)("lists numbers stored as text and offers to convert them, in %s", (bahasa, catatan, label) => {
    const saatUbah = jest.fn();
    const root = dalam(renderTeksAngka(HASIL.teks, bahasa, saatUbah));
    const ubah = root.querySelector("button")!;
    ubah.click();
    expect([teks(root, "p.catatan"), ubah.textContent, saatUbah.mock.calls]).toEqual([
      [catatan],
      label,
      [[ubah]],
    ]);
  });

  it("shows text from the sheet as text", () => {
    const root = dalam(renderTeksAngka([{ alamat: "D3", teks: "<b>7</b>", angka: 7 }], "id", jest.fn()));
    expect([root.querySelector("b"), root.querySelector("p")?.textContent]).toEqual([
      null,
      '1 sel berisi angka yang tersimpan sebagai teks (tidak ditandai sampai diubah): D3 "<b>7</b>" → 7',
    ]);
  });

  it("keeps the text-number note a direct child of the results, beside summary and list", () => {
    const hasil = document.createElement("div");
    hasil.append(renderHasil(HASIL, "id", { saatPilih: jest.fn(), saatUbah: jest.fn() }));
    expect([...hasil.children].map((e) => `${e.tagName.toLowerCase()}.${e.className}`)).toEqual([
      "p.tandai__ringkasan",
      "p.tandai__ringkasan",
      "h3.bagian__subjudul",
      "ul.tandai__daftar",
      "p.catatan",
      "ul.tandai__daftar",
      "p.catatan",
      "button.tombol tombol--kedua",
    ]);
  });
});

describe("the Tandai status lines", () => {
  it.each([
    ["id", HASIL, "1 aturan tanda ditambahkan pada lembar IKU 2025."],
    ["en", HASIL, "1 flag rules added on sheet IKU 2025."],
    ["id", SEMUA_TERCAPAI, "Tabel ini sudah ditandai; tidak ada yang ditambahkan."],
    ["en", { ok: false, alasan: { id: "Pilihan kosong.", en: "Empty selection." } }, "Empty selection."],
  ] as const)("tells in %s what a flag run did", (bahasa, h, baris) => {
    expect(teksStatusTandai(h, bahasa)).toBe(baris);
  });

  it.each([
    ["id", { ok: true, lembar: "IKU", dihapus: 2 }, "2 tanda dihapus dari lembar IKU."],
    ["en", { ok: true, lembar: "IKU", dihapus: 2 }, "2 flags removed from sheet IKU."],
    ["id", { ok: false, alasan: { id: "Tidak ada tanda.", en: "No flags." } }, "Tidak ada tanda."],
  ] as const)("tells in %s what Hapus Tanda did", (bahasa, h, baris) => {
    expect(teksStatusHapus(h, bahasa)).toBe(baris);
  });

  it.each([
    [
      "id",
      { message: "Gone.", code: "ItemNotFound" },
      "Sel tidak dapat dipilih: lembar, rentang, atau aturan yang dituju sudah tidak ada (mungkin dihapus atau diganti namanya) (ItemNotFound). Tidak ada yang diubah. Klik Tandai Capaian lagi agar daftarnya diperbarui, lalu klik selnya sekali lagi.",
    ],
    [
      "en",
      new Error("Busy"),
      "The cell could not be selected: Busy. Nothing was changed. Click Flag misses again to refresh the list, then click the cell once more.",
    ],
  ] as const)("tells a failed cell selection in %s, with what to do", (bahasa, e, baris) => {
    expect(teksGagal(e, "pilihSel", bahasa)).toBe(baris);
  });
});

describe("the manual pointing", () => {
  it.each([
    [
      "id",
      [
        "Tunjuk rentang sendiri",
        "Gunakan pilihan sebagai Target",
        "Gunakan pilihan sebagai Realisasi",
        "belum dipilih",
      ],
    ],
    [
      "en",
      ["Point at the ranges yourself", "Use selection as Target", "Use selection as Actual", "not chosen"],
    ],
  ] as const)(
    "starts closed with nothing chosen and the flag button off, in %s",
    (bahasa, [ringkas, t, r, belum]) => {
      const m = renderManual({}, bahasa);
      expect([m.elemen.open, m.elemen.querySelector("summary")?.textContent]).toEqual([false, ringkas]);
      expect([m.pakai.target.textContent, m.pakai.realisasi.textContent]).toEqual([t, r]);
      expect([m.label.target.textContent, m.label.realisasi.textContent, m.tandaiRentang.disabled]).toEqual([
        belum,
        belum,
        true,
      ]);
    },
  );

  it("names each chosen range and enables the flag button once both are chosen", () => {
    const m = renderManual({ target: { lembar: "IKU", alamat: "C4:C13" } }, "id");
    expect([m.label.target.textContent, m.tandaiRentang.disabled]).toEqual(["IKU!C4:C13", true]);
    perbaruiManual(
      m,
      { target: { lembar: "IKU", alamat: "C4:C13" }, realisasi: { lembar: "IKU", alamat: "D4:D13" } },
      "id",
    );
    expect([m.label.realisasi.textContent, m.tandaiRentang.disabled]).toEqual(["IKU!D4:D13", false]);
  });

  it("frames the section in reading order with a polite status line", () => {
    const k = renderKerangkaTandai("en");
    expect(k.simpul.map((e) => e.tagName.toLowerCase())).toEqual(["h2", "p", "p", "p", "details", "div"]);
    expect([k.simpul[0].id, k.simpul[0].textContent, k.tandai.textContent, k.hapus.textContent]).toEqual([
      "judul-tandai",
      "Flag misses",
      "Flag misses",
      "Remove flags",
    ]);
    expect([k.status.getAttribute("role"), k.status.getAttribute("aria-live")]).toEqual(["status", "polite"]);
  });
});
