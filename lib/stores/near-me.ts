/**
 * O5 "near me": the seat of each county or city (approximate coordinates), the nearest one to a
 * position, and distances. Stores carry their own coordinates since issue 9 (the finder sorts by
 * distance); the seats place the seed's stores and name the county shown beside the results. Pure.
 */
export const COUNTY_SEATS: readonly [county: string, lat: number, lng: number][] = [
  ["臺北市", 25.0375, 121.5637], ["新北市", 25.012, 121.4657], ["基隆市", 25.1276, 121.7392], ["桃園市", 24.9937, 121.301],
  ["新竹市", 24.8138, 120.9675], ["新竹縣", 24.8387, 121.0177], ["宜蘭縣", 24.757, 121.753], ["苗栗縣", 24.5602, 120.8214],
  ["臺中市", 24.1477, 120.6736], ["彰化縣", 24.0518, 120.5161], ["南投縣", 23.9157, 120.6639], ["雲林縣", 23.7092, 120.5434],
  ["嘉義市", 23.4801, 120.4491], ["嘉義縣", 23.459, 120.332], ["臺南市", 22.9999, 120.227], ["高雄市", 22.6273, 120.3014],
  ["屏東縣", 22.669, 120.488], ["花蓮縣", 23.9872, 121.6016], ["臺東縣", 22.7583, 121.1444], ["澎湖縣", 23.5655, 119.5793],
  ["金門縣", 24.4321, 118.3171], ["連江縣", 26.1505, 119.9499],
];

/** Great-circle distance in km. */
export function distanceKm(aLat: number, aLng: number, bLat: number, bLng: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((bLat - aLat) * rad) / 2) ** 2 + Math.cos(aLat * rad) * Math.cos(bLat * rad) * Math.sin(((bLng - aLng) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** The county whose seat is nearest, or null for a position far outside Taiwan (more than 150 km from any seat). */
export function nearestCounty(lat: number, lng: number): string | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return null;
  let best: { county: string; d: number } | null = null;
  for (const [county, sLat, sLng] of COUNTY_SEATS) {
    const d = distanceKm(lat, lng, sLat, sLng);
    if (!best || d < best.d) best = { county, d };
  }
  return best && best.d <= 150 ? best.county : null;
}

/** "25.03,121.56" → nearest county (the `near` query parameter of the finder). */
export function countyFromNear(near: string | undefined): string | null {
  const m = near?.match(/^(-?\d{1,3}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/);
  return m ? nearestCounty(Number(m[1]), Number(m[2])) : null;
}
