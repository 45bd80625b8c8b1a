import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Kisi } from "../../../src/workbook/tandai";

/** One layout of the corpus with what detection must find (columns as letters, rows 1-based). */
export interface TataLetak {
  nama: string;
  keterangan: string;
  kisi: Kisi;
  harapan:
    | {
        judul: number;
        pasangan: { periode: string; target: string; realisasi: string }[];
        label?: string;
        polaritas?: string;
        data: number[];
        meleset: string[];
        teks: string[];
      }
    | { tolak: string };
}

const FOLDER = join(__dirname, "../../fixtures/tata-letak");

export const KORPUS: TataLetak[] = readdirSync(FOLDER)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(FOLDER, f), "utf8")) as TataLetak);
