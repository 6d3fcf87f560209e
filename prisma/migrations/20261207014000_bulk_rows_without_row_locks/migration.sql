-- D174: the rows the draw and its notice feeder write by the million carry no foreign keys to the
-- rows they name. PostgreSQL checks a foreign key row by row with SELECT … FOR KEY SHARE on the
-- referenced row — a lock written into that row — so every draw entry locked its draw, and every
-- queued notice locked its order and its person: per 30,000-row batch, 0.4–0.6 s of a 1.5 s draw
-- batch and 1.3–2.7 s of a 2.1–3.6 s notice insert. Each of these rows is inserted from the rows it
-- names, in the same statement (a join), and no draw, order or person is ever deleted; a test checks
-- that no entry or notice names a missing row. Prisma's schema keeps the relations for queries, so
-- `prisma migrate dev` would propose to add the keys back — do not accept that (D170, D173, D174).
ALTER TABLE "draw_entries" DROP CONSTRAINT "draw_entries_draw_id_fkey";
ALTER TABLE "notices" DROP CONSTRAINT "notices_order_id_fkey";
ALTER TABLE "notices" DROP CONSTRAINT "notices_person_id_fkey";
