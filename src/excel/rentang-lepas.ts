/**
 * Ranges an insertion uses within one batch only. The client library keeps every Range it creates
 * alive on Excel's side until Excel.run ends (a `_KeepReference` action, a second instantiation and
 * a `_RemoveReference` in a last request): about 260 bytes per range that a write-only batch never
 * needs. Released before the batch's sync, as Microsoft's documented `trackedObjects.remove` sample
 * does for ranges it is done with, they cost their path and their writes only.
 */
type Rentang = Excel.Range | Excel.RangeAreas;

const antre = new WeakMap<OfficeExtension.ClientRequestContext, Rentang[]>();

/** Marks a range as needed by this batch only; returns it. */
export function sekaliPakai<T extends Rentang>(r: T): T {
  const daftar = antre.get(r.context) ?? [];
  daftar.push(r);
  antre.set(r.context, daftar);
  return r;
}

/** Releases, before `context.sync()`, the ranges marked since the last release. */
export function lepasSekaliPakai(context: OfficeExtension.ClientRequestContext): void {
  const daftar = antre.get(context);
  if (!daftar || daftar.length === 0) return;
  antre.delete(context);
  context.trackedObjects.remove(daftar);
}
