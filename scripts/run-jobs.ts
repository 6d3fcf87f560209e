/** `npm run jobs`: run the due round transitions and deliver the SMS outbox once (same code as the server's worker). */
import { tick } from "../lib/jobs/worker";

tick().then(
  (r) => {
    console.log(`[jobs] ${r?.transitions ?? 0} transitions, ${r?.sent ?? 0} SMS sent`);
    process.exit(0);
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
