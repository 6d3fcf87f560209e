import { HelpLine } from "@/components/help-line";
import type { Messages } from "@/lib/i18n/messages";

/** I10: a failure names the condition that failed, then the help line. */
export function ErrorAlert({ message, help, helpIntro }: { message: string; help: Messages["shell"]; helpIntro: string }) {
  return (
    <div className="space-y-2 rounded-md border border-red-700 bg-red-50 p-3">
      <p role="alert" aria-label={message} className="font-semibold text-red-800">
        {message}
      </p>
      <p className="text-sm text-slate-800">{helpIntro}</p>
      <HelpLine m={help} />
    </div>
  );
}

