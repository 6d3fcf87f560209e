-- AlterTable
ALTER TABLE "stores" ADD COLUMN     "address_en" VARCHAR(300),
ADD COLUMN     "county_en" VARCHAR(40),
ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ADD COLUMN     "town_en" VARCHAR(40);

-- AlterTable
ALTER TABLE "rounds" ADD COLUMN     "name_en" VARCHAR(100);

-- Hand-written: a position is both coordinates or neither, and on the globe.
ALTER TABLE "stores" ADD CONSTRAINT "stores_position_check" CHECK (
  ("latitude" IS NULL) = ("longitude" IS NULL)
  AND ("latitude" IS NULL OR ("latitude" BETWEEN -90 AND 90 AND "longitude" BETWEEN -180 AND 180))
);
