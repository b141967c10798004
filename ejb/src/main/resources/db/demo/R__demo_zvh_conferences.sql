-- Demo conferences (casustafel.demo-data=true only). Runs after R__demo_zvh_cases ("conferences"
-- sorts after "cases"). Repeatable: conferences 1-20 are replaced as a whole.
--   conference 1  Casusoverleg Mensenhandel, next Tuesday 09:00-11:00 UTC (10:00-12:00 in winter)
--                 item 1: MH-2026-001 (police and Veilig Thuis invited), minutes paragraph 1
--                         (SOCIAL) and agreement 1 (Veilig Thuis, SOCIAL, due a week later)
--                 item 2: MH-2026-003 (nobody but the ZVH on the case): "niet voor uw organisatie"
--                         for every partner
--   conference 2  the same, two weeks later, no items (the access matrix cancels it)
--   conference 3  three weeks later, no items (the form fuzz posts its forms)
-- Each partner's conference mailbox is casusoverleg@<partner id>.example (GreenMail receives it).

UPDATE tenant_partner SET conference_email = CONCAT('casusoverleg@', partner_id, '.example')
  WHERE conference_email IS NULL;

DELETE FROM agreement WHERE id BETWEEN 1 AND 20 OR agenda_item_id BETWEEN 1 AND 20;
DELETE FROM minutes_paragraph WHERE id BETWEEN 1 AND 20 OR agenda_item_id BETWEEN 1 AND 20;
DELETE FROM agenda_invitee WHERE agenda_item_id IN
  (SELECT id FROM agenda_item WHERE id BETWEEN 1 AND 20 OR conference_id BETWEEN 1 AND 20);
DELETE FROM agenda_item WHERE id BETWEEN 1 AND 20 OR conference_id BETWEEN 1 AND 20;
DELETE FROM attendance WHERE conference_id BETWEEN 1 AND 20;
DELETE FROM conference WHERE id BETWEEN 1 AND 20;
DELETE FROM conference_series WHERE id BETWEEN 1 AND 20;

INSERT INTO conference (id, tenant_id, title, starts_at, ends_at, place, status, ical_uid,
                        ical_sequence, created_by, created_at) VALUES
  (1, 'zvh-gv', 'Casusoverleg Mensenhandel',
   TIMESTAMP(DATE_ADD(CURDATE(), INTERVAL ((9 - DAYOFWEEK(CURDATE())) % 7) + 1 DAY), '09:00:00'),
   TIMESTAMP(DATE_ADD(CURDATE(), INTERVAL ((9 - DAYOFWEEK(CURDATE())) % 7) + 1 DAY), '11:00:00'),
   'ZVH Gooi en Vechtstreek, Hilversum', 'PLANNED', 'demo-1@casustafel', 0, 'regisseur.gv',
   UTC_TIMESTAMP(6)),
  (2, 'zvh-gv', 'Casusoverleg Mensenhandel',
   TIMESTAMP(DATE_ADD(CURDATE(), INTERVAL ((9 - DAYOFWEEK(CURDATE())) % 7) + 15 DAY), '09:00:00'),
   TIMESTAMP(DATE_ADD(CURDATE(), INTERVAL ((9 - DAYOFWEEK(CURDATE())) % 7) + 15 DAY), '11:00:00'),
   'ZVH Gooi en Vechtstreek, Hilversum', 'PLANNED', 'demo-2@casustafel', 0, 'regisseur.gv',
   UTC_TIMESTAMP(6)),
  (3, 'zvh-gv', 'Casusoverleg Mensenhandel',
   TIMESTAMP(DATE_ADD(CURDATE(), INTERVAL ((9 - DAYOFWEEK(CURDATE())) % 7) + 22 DAY), '09:00:00'),
   TIMESTAMP(DATE_ADD(CURDATE(), INTERVAL ((9 - DAYOFWEEK(CURDATE())) % 7) + 22 DAY), '11:00:00'),
   'ZVH Gooi en Vechtstreek, Hilversum', 'PLANNED', 'demo-3@casustafel', 0, 'regisseur.gv',
   UTC_TIMESTAMP(6));

INSERT INTO agenda_item (id, tenant_id, conference_id, case_id, position, timebox_minutes, reason,
                         added_by, added_at) VALUES
  (1, 'zvh-gv', 1, 1, 1, 15, 'DIRECTOR', 'regisseur.gv', UTC_TIMESTAMP(6)),
  (2, 'zvh-gv', 1, 3, 2, 15, 'TRIAGE', 'regisseur.gv', UTC_TIMESTAMP(6));

INSERT INTO agenda_invitee (tenant_id, agenda_item_id, partner_id, invited_by, invited_at) VALUES
  ('zvh-gv', 1, 'politie-midden-nederland', 'regisseur.gv', UTC_TIMESTAMP(6)),
  ('zvh-gv', 1, 'veilig-thuis-gooi-en-vechtstreek', 'regisseur.gv', UTC_TIMESTAMP(6));

INSERT INTO minutes_paragraph (id, tenant_id, agenda_item_id, case_id, category, kind, text,
                               written_by, written_at) VALUES
  (1, 'zvh-gv', 1, 1, 'SOCIAL', 'DISCUSSION',
   'Daria woont tijdelijk bij een kennis; de opvangplek komt over twee weken vrij.',
   'regisseur.gv', UTC_TIMESTAMP(6));

INSERT INTO agreement (id, tenant_id, case_id, agenda_item_id, category, what, owner_partner, due_on,
                       status, made_by, made_at) VALUES
  (1, 'zvh-gv', 1, 1, 'SOCIAL', 'Veilig Thuis regelt een intakegesprek bij de opvang.',
   'veilig-thuis-gooi-en-vechtstreek',
   DATE_ADD(CURDATE(), INTERVAL ((9 - DAYOFWEEK(CURDATE())) % 7) + 8 DAY), 'OPEN', 'regisseur.gv',
   UTC_TIMESTAMP(6));
