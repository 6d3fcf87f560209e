import { describe, expect, it } from "vitest";
import { chooserTexts } from "@/lib/identity/chooser/texts";
import { QUESTIONS } from "@/lib/identity/chooser/answers";

const HAN = /\p{Script=Han}/u;

describe("issue 9 item 6: the questionnaire says what to answer", () => {
  it("every question has its own error message in both languages, in that language", () => {
    for (const q of QUESTIONS) {
      expect(chooserTexts["zh-TW"].questions[q].error).toMatch(/^請選擇/);
      expect(chooserTexts.en.questions[q].error).toMatch(/^Select whether /);
      expect(chooserTexts.en.questions[q].error).not.toMatch(HAN);
    }
    expect(new Set(QUESTIONS.map((q) => chooserTexts.en.questions[q].error)).size).toBe(QUESTIONS.length);
  });
});
