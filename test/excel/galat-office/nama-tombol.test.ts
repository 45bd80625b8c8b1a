/**
 * The translator's remedies name buttons ("Klik Tandai Capaian sekali lagi"). The pane owns the
 * button labels (src/taskpane/*\/teks.ts) and src/excel may not import the pane, so every name
 * a message tells the planner to click is checked here against a real label, in both languages.
 */
import { Bahasa } from "../../../src/bahasa";
import { AksiOffice, pesanGalatOffice } from "../../../src/excel/galat-office";
import { TEKS_RENSTRA } from "../../../src/taskpane/renstra/teks";
import { TEKS_SISIP } from "../../../src/taskpane/sisip/teks";
import { TEKS_TANDAI } from "../../../src/taskpane/tandai/teks";
import { TEKS_TRIWULAN } from "../../../src/taskpane/triwulan/teks";

const AKSI: AksiOffice[] = [
  "sisip",
  "tandai",
  "manual",
  "pilihan",
  "hapus",
  "ubahAngka",
  "pilihSel",
  "renstra",
  "pilihBaris",
  "pilihIsian",
  "triwulan",
  "pilihBarisTriwulan",
];
const LABEL = [
  TEKS_SISIP.tombol,
  TEKS_TANDAI.tandai,
  TEKS_TANDAI.hapus,
  TEKS_TANDAI.ubah,
  TEKS_RENSTRA.periksa,
  TEKS_TRIWULAN.periksa,
] as const;
const LABEL_LAIN = [TEKS_TANDAI.pakaiTarget, TEKS_TANDAI.pakaiRealisasi, TEKS_TANDAI.tandaiRentang] as const;

/** The button names a message asks to click: "Klik X lagi", "klik tombol X sekali lagi", "click X once more". */
function tombolDisebut(teks: string, bahasa: Bahasa): string[] {
  const pola =
    bahasa === "id"
      ? /[Kk]lik (?:tombol )?([A-Z].+?),? (?:sekali lagi|lagi)\b/g
      : /[Cc]lick (?:the )?([A-Z].+?)(?: button)?,? (?:once more|again)\b/g;
  return [...teks.matchAll(pola)].map((m) => m[1]);
}

/** A name matches a label exactly, or the shared start of the "Use selection as …" pair. */
const adaLabel = (nama: string, bahasa: Bahasa): boolean =>
  LABEL.some((l) => l[bahasa] === nama) || LABEL_LAIN.some((l) => l[bahasa].startsWith(nama));

describe.each(["id", "en"] as const)("buttons named by the translator (%s)", (bahasa) => {
  const pesan = AKSI.map((aksi) => [
    aksi,
    pesanGalatOffice({ code: "KodeAsing", message: "x" }, aksi)[bahasa],
  ]);

  it.each(pesan)("%s names only real pane buttons", (_, teks) => {
    const nama = tombolDisebut(teks, bahasa);
    expect(nama.filter((n) => !adaLabel(n, bahasa))).toEqual([]);
  });

  it("finds the button names at all (the pattern is not blind)", () => {
    expect(pesan.flatMap(([, teks]) => tombolDisebut(teks, bahasa)).length).toBeGreaterThanOrEqual(5);
    expect(
      tombolDisebut(bahasa === "id" ? "Klik Tombol Palsu lagi." : "Click Fake Button again.", bahasa),
    ).toEqual([bahasa === "id" ? "Tombol Palsu" : "Fake Button"]);
    expect(adaLabel(bahasa === "id" ? "Tombol Palsu" : "Fake Button", bahasa)).toBe(false);
  });
});
