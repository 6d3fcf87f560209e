-- Nullable codes are unique only among the rows that have one (D170). A B-tree indexes NULLs, so
-- the full unique indexes took two NULL entries per order at intake — every concurrent insert
-- landing on the same right-most leaf page — and again on every update of the row (the draw, a
-- payment, a pickup). Partial indexes keep the same guarantee and the same names (code that
-- recognises a clash by constraint name is unchanged); `payment_code = $1` implies IS NOT NULL,
-- so lookups by code still use them.
DROP INDEX "orders_payment_code_key";
CREATE UNIQUE INDEX "orders_payment_code_key" ON "orders"("payment_code") WHERE "payment_code" IS NOT NULL;

DROP INDEX "orders_pickup_code_hash_key";
CREATE UNIQUE INDEX "orders_pickup_code_hash_key" ON "orders"("pickup_code_hash") WHERE "pickup_code_hash" IS NOT NULL;

DROP INDEX "orders_person_id_idempotency_key_key";
CREATE UNIQUE INDEX "orders_person_id_idempotency_key_key" ON "orders"("person_id", "idempotency_key") WHERE "idempotency_key" IS NOT NULL;
