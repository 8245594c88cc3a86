import { describe, expect, it } from "vitest";
import { findBy, sortedBy } from "../../mocks/estate/index-by.js";

describe("estate indexes", () => {
  it("finds what list.find finds, first match first, and nothing for a missing key", () => {
    const list = [
      { name: "a", n: 1 },
      { name: "b", n: 2 },
      { name: "a", n: 3 },
    ];
    expect(findBy(list, "name", (x) => x.name, "a")).toBe(list[0]);
    expect(findBy(list, "name", (x) => x.name, "b")).toBe(list[1]);
    expect(findBy(list, "name", (x) => x.name, "c")).toBeUndefined();
  });

  it("keeps separate indexes per key and rebuilds when the list grows", () => {
    const list = [{ name: "a", id: "1" }];
    expect(findBy(list, "id", (x) => x.id, "1")).toBe(list[0]);
    list.push({ name: "b", id: "2" });
    expect(findBy(list, "id", (x) => x.id, "2")).toBe(list[1]);
    expect(findBy(list, "name", (x) => x.name, "b")).toBe(list[1]);
  });

  it("sorts a list once, leaving the list itself in its order", () => {
    const list = [{ name: "c" }, { name: "a" }, { name: "b" }];
    expect(sortedBy(list, "name", (x) => x.name).map((x) => x.name)).toEqual(["a", "b", "c"]);
    expect(list.map((x) => x.name)).toEqual(["c", "a", "b"]);
  });
});
