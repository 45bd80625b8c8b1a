import { KOLOM_ANGGARAN } from "../../domain/judul-lkjip";
import { barisPenuh, hurufKolom, kotak, sel } from "../alamat";
import { barisJudul, lembarKosong } from "./bantu-lembar";
import { FORMAT_CAPAIAN, FORMAT_RUPIAH } from "./format-angka";
import { GAYA, WARNA } from "./gaya-dokumen";
import { RencanaLembar, Sel, adalahRumus, selRumus } from "../rencana";
import { rumusSerapan } from "./rumus-lkjip";
import { KonteksLembar } from "./konteks-lembar";
import { sumberAnggaranRenstra } from "./sumber-anggaran";

/**
 * Programs with their linked indicators, pagu and realisation per year, and the serapan. With a
 * Renstra cascade a program's pagu comes from the Renstra sheet and its realisation for the report
 * year from the Evaluasi Renja sheet (one place per number); the other cells are typed here.
 */
export function lembarAnggaran(k: KonteksLembar): RencanaLembar {
  const { katalog, nama, tataAnggaran: tata, teks } = k;
  const dariRenstra = sumberAnggaranRenstra(k);
  const lembar = lembarKosong(nama.anggaran);
  const { barisKepala: kepala, barisAwal: awal, banyak, tahun } = tata;
  const lebar = tata.kolomAkhir;
  const program = katalog.program ?? [];

  barisJudul(lembar, 1, lebar, teks.judulAnggaran, GAYA.judul);
  barisJudul(lembar, 2, lebar, katalog.instansi.toUpperCase(), GAYA.subjudul);
  const catatan = dariRenstra.ada
    ? `${teks.catatanAnggaran} ${teks.catatanAnggaranRenstra}`
    : teks.catatanAnggaran;
  barisJudul(lembar, 3, lebar, catatan, GAYA.catatan);
  const isi: Sel[][] = Array.from({ length: banyak }, (_, i) => {
    const p = program[i];
    const r = awal + i;
    return [
      i + 1,
      p?.kode ?? null,
      p?.nama ?? null,
      p ? p.indikator.join(", ") : null,
      ...tahun.flatMap((y, t) => [
        dariRenstra.pagu(i, y) ?? p?.pagu[String(y)] ?? null,
        dariRenstra.realisasi(i, y) ?? null,
        selRumus(rumusSerapan(sel(tata.realisasi(t), r), sel(tata.pagu(t), r))),
      ]),
    ];
  });
  lembar.blok.push({ alamat: sel(1, kepala), nilai: [KOLOM_ANGGARAN(tahun), ...isi] });

  lembar.format.push(
    { alamat: kotak(1, kepala, lebar, 1), gaya: GAYA.kepala },
    { alamat: kotak(1, awal, lebar, banyak), gaya: GAYA.isi },
    { alamat: kotak(1, awal, 1, banyak), gaya: { ...GAYA.tengah, formatAngka: '0"."' } },
    { alamat: kotak(2, awal, 3, banyak), gaya: GAYA.masukan },
  );
  tahun.forEach((_, t) => {
    const uang = kotak(tata.pagu(t), awal, 2, banyak);
    lembar.format.push(
      { alamat: uang, gaya: { ...GAYA.kanan, ...GAYA.masukan, formatAngka: FORMAT_RUPIAH } },
      {
        alamat: kotak(tata.serapan(t), awal, 1, banyak),
        gaya: { ...GAYA.kanan, formatAngka: FORMAT_CAPAIAN },
      },
    );
    lembar.validasi.push({ alamat: uang, judul: teks.validasiJudul, pesan: teks.validasiAnggaranPesan });
  });
  // Cells read from the Renstra and Evaluasi Renja sheets are not typed here: no input colour.
  isi.forEach((baris, i) =>
    baris.forEach((v, j) => {
      if (j >= 4 && v !== null && adalahRumus(v) && (j - 4) % 3 !== 2)
        lembar.format.push({ alamat: sel(j + 1, awal + i), gaya: { warnaIsi: WARNA.putih } });
    }),
  );

  lembar.lebarKolom = { A: 4, B: 10, C: 36, D: 18 };
  tahun.forEach((_, t) => {
    lembar.lebarKolom[hurufKolom(tata.pagu(t))] = 17;
    lembar.lebarKolom[hurufKolom(tata.realisasi(t))] = 17;
    lembar.lebarKolom[hurufKolom(tata.serapan(t))] = 10;
  });
  lembar.tinggiBaris = { 1: 22, 2: 20, 3: 30, [kepala]: 30 };
  lembar.bekukan = { baris: kepala, kolom: 3 };
  lembar.cetak = { orientasi: "lanskap", pasLebarHalaman: true, barisJudul: barisPenuh(kepala) };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}
