import { barisPenuh, kotak, sel } from "../alamat";
import { barisJudul, lembarKosong } from "./bantu-lembar";
import { GAYA, WARNA } from "./gaya-dokumen";
import { RencanaLembar } from "../rencana";
import { KonteksLembar } from "./konteks-lembar";
import { tinggiUntukTeks } from "./tinggi-baris";

const KEPALA = ["No", "Indikator Kinerja", "Alasan", "Formulasi (usulan)", "Sumber Data", "Penanggung Jawab"];
const BARIS_KEPALA = 5;

/** Per indicator: why it measures the sasaran, the proposed formula, data source and bidang. */
export function lembarFormulasi({ katalog, nama, baris, teks }: KonteksLembar): RencanaLembar {
  const lembar = lembarKosong(nama.formulasi);
  const lebar = KEPALA.length;
  const awal = BARIS_KEPALA + 1;

  barisJudul(lembar, 1, lebar, teks.judulFormulasi, GAYA.judul);
  barisJudul(lembar, 2, lebar, katalog.instansi.toUpperCase(), GAYA.subjudul);
  barisJudul(lembar, 3, lebar, teks.catatanFormulasi, {
    ...GAYA.catatan,
    ukuranFont: 10,
    warnaIsi: WARNA.catatan,
    garis: true,
  });

  lembar.blok.push(
    { alamat: sel(1, BARIS_KEPALA), nilai: [KEPALA] },
    {
      alamat: sel(1, awal),
      nilai: baris.map(({ no, indikator: i }) => [
        no,
        i.nama,
        i.formulasi.alasan,
        i.formulasi.rumus,
        i.formulasi.sumberData,
        i.bidang,
      ]),
    },
  );
  lembar.format.push(
    { alamat: kotak(1, BARIS_KEPALA, lebar, 1), gaya: GAYA.kepala },
    { alamat: kotak(1, awal, lebar, baris.length), gaya: GAYA.isi },
    { alamat: kotak(1, awal, 1, baris.length), gaya: GAYA.tengah },
  );
  lembar.lebarKolom = { A: 4, B: 32, C: 40, D: 40, E: 36, F: 25 };
  const lebarKolom = Object.values(lembar.lebarKolom);
  const teksSel = baris.flatMap(({ indikator: i }, k) =>
    [i.nama, i.formulasi.alasan, i.formulasi.rumus, i.formulasi.sumberData, i.bidang].map((t, j) => ({
      baris: awal + k,
      teks: t,
      lebar: lebarKolom[j + 1],
    })),
  );
  lembar.tinggiBaris = { 1: 22, 2: 20, 3: 30, ...tinggiUntukTeks(teksSel) };
  lembar.bekukan = { baris: BARIS_KEPALA, kolom: 2 };
  lembar.cetak = { orientasi: "lanskap", pasLebarHalaman: true, barisJudul: barisPenuh(BARIS_KEPALA) };
  lembar.warnaTab = WARNA.tab;
  return lembar;
}
