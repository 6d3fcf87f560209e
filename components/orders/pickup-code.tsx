import QRCode from "qrcode";

/** R4: the pickup code as large digits and as a QR code the clerk can scan. */
export async function PickupCode({ code, label }: { code: string; label: string }) {
  const svg = await QRCode.toString(code, { type: "svg", margin: 1, width: 160, errorCorrectionLevel: "M" });
  return (
    <div className="mt-3 flex flex-wrap items-center gap-4 rounded-md bg-slate-50 p-3">
      <div className="h-40 w-40 bg-white" role="img" aria-label={`${label} ${code}`} dangerouslySetInnerHTML={{ __html: svg }} />
      <div>
        <p className="text-sm font-semibold">{label}</p>
        <p className="font-mono text-2xl tracking-widest" data-testid="pickup-code">{code.replace(/(\d{5})(\d{5})/, "$1 $2")}</p>
      </div>
    </div>
  );
}
