import { assertNoCspReports } from "./csp-reports";

export default function globalTeardown(): void {
  assertNoCspReports();
}
