-- CreateIndex
CREATE UNIQUE INDEX "pharmacies_api_key_hash_key" ON "pharmacies"("api_key_hash");
