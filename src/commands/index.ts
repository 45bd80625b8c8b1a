// Ribbon actions: each key is a FunctionName of an ExecuteFunction button in manifest.xml.
type Perintah = (event: Office.AddinCommands.Event) => unknown;

export const PERINTAH: Record<string, Perintah> = {};

for (const [id, perintah] of Object.entries(PERINTAH)) Office.actions.associate(id, perintah);
