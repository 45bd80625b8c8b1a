import { OfficeMockObject } from "office-addin-mock";

/** A chart with the parts the writer sets. */
const grafik = () =>
  new OfficeMockObject({
    title: {},
    legend: {},
    axes: { categoryAxis: {} },
    series: { getItemAt: () => new OfficeMockObject({ setXAxisValues: () => undefined }) },
    setPosition: () => undefined,
  });

/** A range with the parts the writer sets: format, merge, validation, conditional formats. */
const rentang = () =>
  new OfficeMockObject({
    format: { font: {}, fill: {}, borders: { getItem: () => new OfficeMockObject({}) } },
    merge: () => undefined,
    dataValidation: {},
    conditionalFormats: {
      add: () => new OfficeMockObject({ custom: { rule: {}, format: { fill: {}, font: {} } } }),
    },
  });

const lembar = () =>
  new OfficeMockObject({
    getRange: rentang,
    freezePanes: { freezeAt: () => undefined, freezeRows: () => undefined, freezeColumns: () => undefined },
    pageLayout: { setPrintTitleRows: () => undefined },
    charts: { add: grafik },
    activate: () => undefined,
  });

/**
 * An office-addin-mock request context over a workbook with sheets named `ada`. The mock cannot load
 * "items/name" (a path into an array), so `load` records what was asked and loads the whole list.
 */
export function buatKonteksMock(ada: string[]) {
  const dimuat: unknown[] = [];
  const konteks = new OfficeMockObject({
    host: "excel",
    workbook: {
      worksheets: {
        items: ada.map((name) => ({ name })),
        load(this: OfficeMockObject, arg: unknown) {
          dimuat.push(arg);
          return OfficeMockObject.prototype.load.call(this, "items");
        },
        add: lembar,
      },
    },
    application: { suspendScreenUpdatingUntilNextSync: () => undefined },
  });
  return { konteks, dimuat };
}
