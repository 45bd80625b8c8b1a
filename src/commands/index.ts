// Ribbon actions: each key is a FunctionName of an ExecuteFunction button in manifest.xml.
import { perintahSisip } from "./sisip";
import { perintahHapusTanda, perintahTandai } from "./tandai";

type Perintah = (event: Office.AddinCommands.Event) => unknown;

export const PERINTAH: Record<string, Perintah> = {
  sisipkanIku: perintahSisip,
  tandaiCapaian: perintahTandai,
  hapusTanda: perintahHapusTanda,
};

for (const [id, perintah] of Object.entries(PERINTAH)) Office.actions.associate(id, perintah);
