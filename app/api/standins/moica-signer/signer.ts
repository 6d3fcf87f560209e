import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { standinDir } from "@/lib/identity/standins/dir";
import { createStandinSigner, type StandinSigner } from "@/lib/identity/certificate/standin-signer";

let signer: StandinSigner | undefined;

/** The one stand-in signer of this server; absent (404) wherever stand-ins are not allowed. */
export function standinSigner(): StandinSigner {
  if (!env().local) {
    throw new AppError("NOT_FOUND", "NOT_FOUND", { "zh-TW": "找不到這個頁面。", en: "Not found." });
  }
  signer ??= createStandinSigner(standinDir("moica"));
  return signer;
}
