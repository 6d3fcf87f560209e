-- AlterTable
ALTER TABLE "rounds" ADD COLUMN     "ledgered_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "payment_code" VARCHAR(16);

-- CreateIndex
CREATE UNIQUE INDEX "orders_payment_code_key" ON "orders"("payment_code");
