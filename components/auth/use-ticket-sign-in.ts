"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { safeNextPath } from "@/lib/identity/chooser/next-path";

/**
 * After a verification flow succeeds the server hands the browser a one-time ticket; this turns it
 * into a session (next-auth "ticket" provider) and moves on. Returns false if the ticket was refused.
 */
export function useTicketSignIn() {
  const router = useRouter();
  return useCallback(
    async (ticket: string, next = "/me"): Promise<boolean> => {
      const result = await signIn("ticket", { ticket, redirect: false });
      if (!result || result.error) return false;
      router.replace(safeNext(next));
      router.refresh();
      return true;
    },
    [router],
  );
}

/** Only same-site paths: `next` comes from the URL and must not send people elsewhere. */
export function safeNext(next: string | null | undefined, fallback = "/me"): string {
  return safeNextPath(next) ?? fallback;
}
