-- AlterEnum
ALTER TYPE "NoticeKind" ADD VALUE 'PHONE_REBOUND';

-- CreateTable
CREATE TABLE "phone_nonces" (
    "id" UUID NOT NULL,
    "nonce_hash" CHAR(64) NOT NULL,
    "id_number" VARCHAR(12) NOT NULL,
    "binding_hash" CHAR(64) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "phone_nonces_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "phone_nonces_nonce_hash_key" ON "phone_nonces"("nonce_hash");

-- CreateIndex
CREATE INDEX "phone_nonces_expires_at_idx" ON "phone_nonces"("expires_at");
