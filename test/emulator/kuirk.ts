/**
 * Excel's known faults and states that refuse work, as switches of the emulator. Each switch off
 * (the default) is the documented behaviour; on, the emulator behaves as the cited report or doc
 * page says real Excel does. Plain data, shared by the request processor and the objects.
 */
export interface Kuirk {
  /**
   * office-js #6827 and #6835 (open, "under investigation"): loading the type, rule, formula or
   * format of a conditional format that shares cells with another rule of the sheet fails, also
   * through a range-scoped collection; the whole sync is refused. The reports' excerpts name no
   * code; ItemNotFound is what the sibling report #5222 gives for the same rules.
   */
  cfTumpangBaca?: boolean;
  /**
   * office-js #5222 (open, "in backlog"): `delete()` of a rule that shares cells with another one,
   * reached through the sheet-wide collection (`getRange().conditionalFormats`), fails with
   * ItemNotFound ("Item Not Found."); through a collection scoped to the rule's own range it works.
   */
  cfTumpangHapus?: boolean;
  /**
   * ConditionalFormat.id is documented as "the priority in the current collection"
   * (learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member):
   * on, a range-scoped collection lists its rules in the reverse of the sheet's order, and each
   * rule's id is its position in the collection it was reached through.
   */
  cfUrutanLingkup?: boolean;
  /**
   * office-js #3878 and #3949 (closed without a fix): `visible = false` on an existing name reached
   * through `names.getItem`, `getItemOrNullObject` or `items` is silently ignored (no error, the
   * name stays in the Name Manager; `set({ formula, visible })` changes the formula only), while
   * `visible = true` works, and the name `names.add` returned can be hidden, in its batch or a later
   * one. "Existing": a name the workbook had before it was opened (file, UI, VBA); one added through
   * `names.add` since can be hidden by any path, as the library reaches it by name after its batch.
   */
  namaSembunyiAbai?: boolean;
  /**
   * office-js #5882 (open, "in backlog"): setting `visible` on a name of type "Error" (a reference
   * lost to a deleted sheet, `=#REF!$B$2`) fails; #5174 gives the cause, an internal E_INVALIDARG,
   * hence InvalidArgument here (the reports show no code). The reports set `true`; the emulator
   * refuses either value, the cautious reading.
   */
  namaGalatTolak?: boolean;
  /**
   * Protected sheets (Worksheet.protection, ExcelApi 1.2): any write to their cells, formats or
   * rules is refused with AccessDenied ("You cannot perform the requested operation.", the
   * application-specific error codes page, learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   * Reads still work; new sheets may still be added (that is workbook structure protection).
   */
  lembarDiproteksi?: readonly string[];
  /**
   * The planner is typing in a cell: every request fails with InvalidOperationInCellEditMode and
   * nothing is applied (error codes page; Excel.RunOptions.delayForCellEdit, ExcelApi 1.11:
   * "When false, if the user is in cell edit mode, the batch request will fail").
   */
  modeSuntingSel?: boolean;
  /**
   * Co-authoring: the n-th request from the moment the switch is set (1 = the next) is refused as
   * a whole with Conflict ("Request could not be processed because of a conflict.", error codes page).
   */
  konflik?: number;
  /**
   * A timeout: the n-th request from the moment the switch is set runs, and its answer is lost with
   * RequestAborted ("The request was aborted during run time.", error codes page). The worst case
   * for the add-in: its writes happened, and it hears of a failure.
   */
  waktuHabis?: number;
}

/** Every switch's name, for matrices that run each alone. */
export const SEMUA_KUIRK = [
  "cfTumpangBaca",
  "cfTumpangHapus",
  "cfUrutanLingkup",
  "namaSembunyiAbai",
  "namaGalatTolak",
  "lembarDiproteksi",
  "modeSuntingSel",
  "konflik",
  "waktuHabis",
] as const satisfies ReadonlyArray<keyof Kuirk>;

/** Members that change a workbook: refused on a protected sheet's objects. */
export const ANGGOTA_MENGUBAH = new Set([
  "Add",
  "Delete",
  "Clear",
  "ClearAll",
  "Merge",
  "Unmerge",
  "CopyFrom",
  "AutoFill",
  "FreezeAt",
  "FreezeRows",
  "FreezeColumns",
  "Unfreeze",
  "SetPrintArea",
  "SetPrintTitleRows",
  "SetPrintTitleColumns",
]);
