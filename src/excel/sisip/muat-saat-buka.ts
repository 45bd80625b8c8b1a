/**
 * Asks Office to load the add-in whenever this document opens (SharedRuntime 1.1), so the IKU
 * functions in it calculate on reopening without the user opening the pane first. The setting is
 * saved with the document. Best effort: false where the host cannot, and it never throws.
 */
export async function muatSaatBuka(): Promise<boolean> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  try {
    if (office?.context?.requirements?.isSetSupported("SharedRuntime", "1.1") !== true) return false;
    await office.addin.setStartupBehavior(office.StartupBehavior.load);
    return true;
  } catch {
    // An older host or a document that cannot store it: the insertion itself still succeeded.
    return false;
  }
}
