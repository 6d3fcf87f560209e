import QRCode from "qrcode";

/** The device code as a QR code (an SVG data URL) encoding the app's bind URL with the code. */
export function deviceBindUrl(origin: string, code: string): string {
  return `${origin.replace(/\/$/, "")}/app/device?code=${code}`;
}

export async function qrDataUrl(text: string): Promise<string> {
  const svg = await QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
