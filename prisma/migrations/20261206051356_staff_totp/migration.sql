-- AlterTable
ALTER TABLE "staff_accounts" ADD COLUMN     "totp_enrolled_at" TIMESTAMPTZ(3),
ADD COLUMN     "totp_secret" VARCHAR(255);
