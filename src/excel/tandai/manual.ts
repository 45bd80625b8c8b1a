/**
 * The fallback when detection refuses: the planner selects the target range and the realisation
 * range (same shape, same sheet) and the add-in flags the realisation cells against them.
 */
import { Teks } from "../../bahasa";
import { kotakDariAlamat, kotakDariIndeks, rentangPenuh, selDi } from "../../workbook/alamat";
import { Kisi, selDihitung, tinjauTabel } from "../../workbook/tandai";
import { alamatBaku, tandaRentang } from "../../workbook/tandai/tanda";
import { bacaNilaiBertahap, barisPerBacaan } from "../baca-bertahap";
import { tulisFormatBersyarat } from "../format-bersyarat";
import { pesanGalatOffice, pesanMasihDihitung } from "../galat-office";
import {
  buangCatatanBasi,
  catat,
  daftarCatatan,
  gantiCatatanTerlihat,
  muatCatatan,
  muatJumlahAturan,
  namaBaru,
} from "./catatan-tanda";
import { butirPanel, HasilTandai } from "./hasil-tandai";

export interface RentangDipilih {
  lembar: string;
  /** The address without the sheet: "D6:D15". */
  alamat: string;
}

/** The current selection, for the "Gunakan pilihan sebagai …" buttons (one sync). */
export function bacaPilihan(): Promise<RentangDipilih> {
  return Excel.run(async (context) => {
    const r = context.workbook.getSelectedRange();
    r.load("address");
    const ws = context.workbook.worksheets.getActiveWorksheet();
    ws.load("name");
    await context.sync();
    return { lembar: ws.name, alamat: r.address.slice(r.address.lastIndexOf("!") + 1) };
  });
}

/** Cells of an address such as "D6:F15". */
const selDalam = (alamat: string): number =>
  kotakDariAlamat(alamat).reduce((n, k) => n + k.lebar * k.tinggi, 0);

const tolakManual = (id: string, en: string): HasilTandai => ({ ok: false, alasan: { id, en } as Teks });

export async function tandaiManualDalam(
  context: Excel.RequestContext,
  target: RentangDipilih,
  realisasi: RentangDipilih,
): Promise<HasilTandai> {
  if (target.lembar !== realisasi.lembar) {
    return tolakManual(
      "Rentang target dan realisasi harus di lembar yang sama.",
      "The target and actual ranges must be on the same sheet.",
    );
  }
  const ws = context.workbook.worksheets.getItem(realisasi.lembar);
  const dipakai = ws.getUsedRange(true);
  // Small selections are read with their positions, in one sync; whole columns and large ones in chunks.
  const kecil = [target.alamat, realisasi.alamat].every(
    (a) => !rentangPenuh(a) && selDalam(a) <= barisPerBacaan(2, 1),
  );
  const [t, r] = [target.alamat, realisasi.alamat].map((a) => {
    // A whole column ("D:D") is 1,048,576 rows: only its used rows are read and flagged.
    const x = rentangPenuh(a) ? ws.getRange(a).getIntersectionOrNullObject(dipakai) : ws.getRange(a);
    x.load(
      kecil
        ? "values,rowIndex,columnIndex,rowCount,columnCount"
        : "rowIndex,columnIndex,rowCount,columnCount",
    );
    return x;
  });
  // Our flags are found from their record, never by reading the sheet's rules (office-js #6827).
  const nama = muatCatatan(context);
  await context.sync();
  if (t.isNullObject || r.isNullObject) {
    return tolakManual(
      "Rentang target atau realisasi tidak berisi data. Pilih sel yang berisi angka, lalu coba lagi.",
      "The target or actual range holds no data. Select cells that hold numbers and retry.",
    );
  }
  if (t.rowCount !== r.rowCount || t.columnCount !== r.columnCount) {
    return tolakManual(
      `Rentang target (${t.rowCount}×${t.columnCount}) dan realisasi (${r.rowCount}×${r.columnCount}) harus berukuran sama.`,
      `The target (${t.rowCount}×${t.columnCount}) and actual (${r.rowCount}×${r.columnCount}) ranges must have the same size.`,
    );
  }
  const [nilaiT, nilaiR] = kecil
    ? [t.values, r.values]
    : await bacaNilaiBertahap(context, [t, r], r.rowCount, r.columnCount);
  const [kotakR, kotakT] = [kotakDariIndeks(r), kotakDariIndeks(t)];
  // Nothing is judged or flagged while a cell is still computing (#BUSY!): its value is not known yet.
  for (const [nilai, kotak] of [
    [nilaiT, kotakT],
    [nilaiR, kotakR],
  ] as const) {
    const dihitung = selDihitung(nilai as Kisi);
    if (dihitung) {
      const alamat = selDi(kotak, dihitung.baris, dihitung.kolom);
      return { ok: false, alasan: pesanMasihDihitung("manual", alamat, dihitung.kode) };
    }
  }
  const f = tandaRentang(kotakR, kotakT);
  const tercatat = daftarCatatan(nama, realisasi.lembar).filter((c) => c.alamat === alamatBaku(f.alamat));
  let ada = tercatat.length > 0;
  if (ada) {
    // Flagged before: still so only while a rule sits there (Clear Rules leaves the record).
    const hitung = muatJumlahAturan(ws, tercatat);
    // A record an earlier version left in the Name Manager, hidden with the count.
    gantiCatatanTerlihat(ws, tercatat);
    await context.sync();
    ada = buangCatatanBasi(context, hitung).length === 0;
  }
  if (!ada) {
    tulisFormatBersyarat(ws, f);
    catat(ws, namaBaru(nama, 1)[0], f.alamat);
    await context.sync();
  }

  const lebar = r.columnCount;
  const kisi: Kisi = (nilaiT as Kisi).map((baris, i) => [...baris, ...(nilaiR as Kisi)[i]]);
  const kerangka = {
    barisJudul: -1,
    pasangan: Array.from({ length: lebar }, (_, j) => ({
      periode: "",
      kolomTarget: j,
      kolomRealisasi: lebar + j,
    })),
  };
  const hasil = tinjauTabel(kisi, kerangka, true).tinjauan;

  return {
    ok: true,
    lembar: realisasi.lembar,
    ditambah: ada ? 0 : 1,
    diganti: 0,
    butir: hasil.butir.map((b) =>
      butirPanel(
        b,
        selDi(kotakR, b.baris, b.pasangan.kolomRealisasi - lebar),
        `Baris ${kotakR.baris + b.baris}`,
        "",
      ),
    ),
    teks: hasil.teks.map((s) => {
      const asal = s.kolom < lebar ? kotakT : kotakR;
      return { alamat: selDi(asal, s.baris, s.kolom % lebar), teks: s.teks, angka: s.angka };
    }),
    ringkasan: hasil.ringkasan,
  };
}

export async function tandaiManual(target: RentangDipilih, realisasi: RentangDipilih): Promise<HasilTandai> {
  try {
    return await Excel.run((context) => tandaiManualDalam(context, target, realisasi));
  } catch (e) {
    return { ok: false, alasan: pesanGalatOffice(e, "manual") };
  }
}
