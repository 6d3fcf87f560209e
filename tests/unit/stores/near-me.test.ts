import { describe, expect, it } from "vitest";
import { countyFromNear, nearestCounty } from "@/lib/stores/near-me";

describe("O5: 'near me' narrows the store finder to the nearest county", () => {
  it.each([
    [25.033, 121.565, "臺北市"], // Taipei 101
    [22.997, 120.212, "臺南市"], // Tainan station
    [23.977, 121.605, "花蓮縣"], // Hualien
    [24.436, 118.318, "金門縣"], // Kinmen
    [22.62, 120.28, "高雄市"], // Kaohsiung
  ])("%f, %f → %s", (lat, lng, county) => expect(nearestCounty(lat, lng)).toBe(county));

  it("a position far from Taiwan, or malformed input, gives no county", () => {
    expect(nearestCounty(35.68, 139.76)).toBeNull(); // Tokyo
    expect(nearestCounty(Number.NaN, 121)).toBeNull();
    expect(countyFromNear("25.03,121.56")).toBe("臺北市");
    expect(countyFromNear("hello")).toBeNull();
    expect(countyFromNear(undefined)).toBeNull();
  });
});
