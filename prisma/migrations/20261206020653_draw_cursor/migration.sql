-- AlterTable
ALTER TABLE "rounds" ADD COLUMN     "draw_cursor" UUID;
