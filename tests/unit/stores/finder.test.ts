import { describe, expect, it } from "vitest";
import { storeQuery } from "@/lib/stores/schemas";
import { placeName, roundName, storeAddress, storeName } from "@/lib/stores/display";
import { generateStores, storePosition } from "@/lib/seed/stores";
import { distanceKm, nearestCounty } from "@/lib/stores/near-me";
import { orderReference } from "@/lib/orders/reference";
import { idNumberProblem } from "@/lib/validation/id-field";

describe("issue 9: the store finder, names and references", () => {
  it("issue 9 item 1: empty finder fields count as absent instead of voiding every filter", () => {
    const q = storeQuery.parse({ chain: "FAMILYMART", county: "臺北市", town: "", q: "", near: "" });
    expect(q).toMatchObject({ chain: "FAMILYMART", county: "臺北市", limit: 50 });
    expect(q.town).toBeUndefined();
    expect(q.q).toBeUndefined();
    expect(storeQuery.parse({ q: "ｓ７１２３" }).q).toBe("s7123"); // full-width search folded (NFKC)
    expect(storeQuery.parse({ near: "25.033,121.565" }).near).toEqual([25.033, 121.565]);
    expect(storeQuery.safeParse({ near: "95,121" }).success).toBe(false);
  });

  it("issue 9 item 1: every seeded store has a position near its county seat and an English address", () => {
    const stores = generateStores(400);
    for (const s of stores) {
      expect(s.addressEn).toContain(`${s.townEn}, ${s.countyEn} ${s.postalCode}`);
      expect(nearestCounty(s.latitude, s.longitude)).not.toBeNull();
    }
    const taipei = stores.filter((s) => s.countyZh === "臺北市");
    expect(taipei.every((s) => distanceKm(s.latitude, s.longitude, 25.0375, 121.5637) < 15)).toBe(true);
    expect(storePosition("臺北市", "信義區", 1)).toEqual(storePosition("臺北市", "信義區", 1)); // deterministic
  });

  it("issue 9 item 8: store names drop the chain (shown beside them); English pages get English forms", () => {
    const fm = { chainId: "FAMILYMART", name: "全家大安和平店", nameEn: "FamilyMart Da'an Heping Store", address: "106 臺北市…", addressEn: "No. 1, Heping E. Rd., Da'an District, Taipei City 106" };
    expect(storeName(fm, "zh-TW")).toBe("大安和平店");
    expect(storeName(fm, "en")).toBe("Da'an Heping Store");
    expect(storeName({ chainId: "OKMART", name: "OK新莊中華店", nameEn: "OK mart Xinzhuang Zhonghua Store" }, "en")).toBe("Xinzhuang Zhonghua Store");
    expect(storeName({ chainId: "7-ELEVEN", name: "信義門市", nameEn: "Xinyi Store" }, "zh-TW")).toBe("信義門市");
    expect(storeAddress(fm, "en")).toBe(fm.addressEn);
    expect(storeAddress({ address: "x", addressEn: null }, "en")).toBe("x");
    expect(placeName({ zh: "臺北市", en: "Taipei City" }, "en")).toBe("Taipei City");
    expect(roundName({ name: "示範輪次", nameEn: null }, "en")).toBe("示範輪次");
    expect(roundName({ name: "示範輪次", nameEn: "Demo round" }, "en")).toBe("Demo round");
  });

  it("issue 9 item 4: an order's reference is its id's random tail, grouped", () => {
    expect(orderReference("0196f3a0-7c1e-7000-8000-00000a1b2c3d")).toBe("EM-000A1-B2C3D");
  });

  it("issue 9 item 2: the ID field is checked first — missing, shape, check digit; full-width is fine", () => {
    expect(idNumberProblem("")).toBe("ID_MISSING");
    expect(idNumberProblem("　")).toBe("ID_MISSING");
    expect(idNumberProblem("A12345")).toBe("ID_FORMAT");
    expect(idNumberProblem("A123456788")).toBe("ID_CHECKSUM");
    expect(idNumberProblem("Ａ１２３４５６７８９")).toBeNull();
  });
});
