// Where `npm start` records its process id so that `npm stop` can end it.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const PORT = 3000;
export const FILE_PID = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "node_modules",
  ".cache",
  "iku-kinerja",
  "dev-server.pid",
);
