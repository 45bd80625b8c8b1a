/** The part of Office.context.officeTheme the pane uses; absent outside Office and in old hosts. */
export interface TemaOffice {
  isDarkTheme?: boolean;
}

/**
 * Marks the page dark or light as Office's theme is (Black and Dark Gray are dark); with no Office
 * theme the mark is removed and the stylesheet follows the system's prefers-color-scheme.
 */
export function terapkanTema(root: HTMLElement, tema: TemaOffice | undefined | null): void {
  if (typeof tema?.isDarkTheme === "boolean") root.dataset.tema = tema.isDarkTheme ? "gelap" : "terang";
  else delete root.dataset.tema;
}

/** officeTheme, or undefined where the host throws on reading it. */
export function bacaTema(): TemaOffice | undefined {
  try {
    return Office.context?.officeTheme;
  } catch {
    return undefined;
  }
}
