-- Demo cases (casustafel.demo-data=true only). Fictional people. Runs after
-- R__demo_tenants_and_partners ("demo zvh cases" sorts after "demo tenants").
-- Repeatable: the demo cases 1-7 are replaced as a whole, with what users added to them.
--
-- The cases are chosen so that every state a partner can be in shows up (docs: README, access
-- matrix): invited, not invited, revoked, ad hoc before and after the confidentiality statement.
--   MH-2026-001  police, Veilig Thuis, Scharlaken Koord invited; gemeente Hilversum revoked;
--                Kwintes (ad hoc) invited, no statement yet
--   MH-2026-002  police revoked; gemeente Hilversum invited; Kwintes invited, statement accepted
--   MH-2026-003  no partner invited: only the ZVH's own staff
--   MH-2026-004  police and Veilig Thuis invited (the browser test revokes Veilig Thuis)
--   MH-2026-005  police and Kwintes invited, no statement (the browser test signs it)
--   MH-2026-006  led by the police, the ZVH not on it: its directors open it only by breaking the glass
--   FL-2026-001  (zvh-flevoland) police invited
--   FL-2026-002  (zvh-flevoland) no partner invited
-- The ZVH's own organisation takes part in every case but MH-2026-006.

DELETE FROM client_merge WHERE from_client_id BETWEEN 1 AND 20 OR into_client_id BETWEEN 1 AND 20;
UPDATE client SET merged_into = NULL WHERE id BETWEEN 1 AND 20 OR merged_into BETWEEN 1 AND 20;
DELETE FROM referral WHERE id BETWEEN 1 AND 20 OR case_id BETWEEN 1 AND 8 OR client_id BETWEEN 1 AND 20;
DELETE FROM care_episode WHERE case_id BETWEEN 1 AND 8;
DELETE FROM minutes_paragraph WHERE case_id BETWEEN 1 AND 8;
DELETE FROM agreement WHERE case_id BETWEEN 1 AND 8;
DELETE FROM agenda_invitee WHERE agenda_item_id IN (SELECT id FROM agenda_item WHERE case_id BETWEEN 1 AND 8);
DELETE FROM agenda_item WHERE case_id BETWEEN 1 AND 8;
UPDATE conference SET case_id = NULL WHERE case_id BETWEEN 1 AND 8;
DELETE FROM case_status_change WHERE case_id BETWEEN 1 AND 8;
DELETE FROM client_alias WHERE client_id BETWEEN 1 AND 20;
DELETE FROM case_information WHERE case_id BETWEEN 1 AND 8;
DELETE FROM confidentiality_statement WHERE case_id BETWEEN 1 AND 8;
DELETE FROM case_participation WHERE case_id BETWEEN 1 AND 8;
DELETE FROM case_lead_handover WHERE case_id BETWEEN 1 AND 8;
DELETE FROM case_break_glass WHERE case_id BETWEEN 1 AND 8;
DELETE FROM crisis_card WHERE case_id BETWEEN 1 AND 8;
DELETE FROM case_file WHERE id BETWEEN 1 AND 8;
DELETE FROM client WHERE id BETWEEN 1 AND 20;

INSERT INTO client (id, tenant_id, name, date_of_birth) VALUES
  (1, 'zvh-gv', 'Daria Petrova', '2001-03-14'),
  (2, 'zvh-gv', 'Ion Popescu', '1994-07-02'),
  (3, 'zvh-gv', 'Lisa de Wit', '2005-11-20'),
  (4, 'zvh-gv', 'Maria Santos', '1999-05-09'),
  (5, 'zvh-gv', 'Samira Bakker', '2003-01-27'),
  (6, 'zvh-flevoland', 'Eva Jansen', '2000-09-30'),
  (7, 'zvh-flevoland', 'Noor Visser', '1997-12-12'),
  (8, 'zvh-gv', 'Alina Ionescu', '2002-06-18'),
  (9, 'zvh-gv', 'Olena Kovalenko', '2004-02-11');

UPDATE client SET gender = 'V', nationality = 'Bulgaars', municipality = 'Hilversum',
  safe_to_contact = FALSE, preferred_channel = 'VIA_PARTNER', registered_at = '2026-03-01 10:00:00'
  WHERE id = 1;
UPDATE client SET gender = 'V', nationality = 'Oekraïens', municipality = 'Huizen',
  safe_to_contact = TRUE, preferred_channel = 'PHONE', registered_at = UTC_TIMESTAMP(6) - INTERVAL 2 DAY
  WHERE id = 9;
INSERT INTO client_alias (tenant_id, client_id, alias) VALUES ('zvh-gv', 1, 'Dasha');

INSERT INTO case_file (id, tenant_id, reference, type, exploitation_form, status, lead_partner_id, client_id, opened_at) VALUES
  (1, 'zvh-gv', 'MH-2026-001', 'HUMAN_TRAFFICKING', 'SEXUAL', 'IN_CONFERENCE', 'zvh-gooi-en-vechtstreek', 1, '2026-03-02 09:15:00'),
  (2, 'zvh-gv', 'MH-2026-002', 'HUMAN_TRAFFICKING', 'LABOUR', 'IN_CONFERENCE', 'zvh-gooi-en-vechtstreek', 2, '2026-04-14 13:40:00'),
  (3, 'zvh-gv', 'MH-2026-003', 'HUMAN_TRAFFICKING', 'CRIMINAL', 'IN_CONFERENCE', 'zvh-gooi-en-vechtstreek', 3, '2026-06-08 10:05:00'),
  (4, 'zvh-gv', 'MH-2026-004', 'HUMAN_TRAFFICKING', 'SEXUAL', 'IN_CONFERENCE', 'politie-midden-nederland', 4, '2026-08-19 16:20:00'),
  (5, 'zvh-gv', 'MH-2026-005', 'HUMAN_TRAFFICKING', 'OTHER', 'IN_CONFERENCE', 'zvh-gooi-en-vechtstreek', 5, '2026-10-01 08:30:00'),
  (6, 'zvh-flevoland', 'FL-2026-001', 'HUMAN_TRAFFICKING', 'SEXUAL', 'IN_CONFERENCE', 'zvh-flevoland-organisatie', 6, '2026-05-11 11:00:00'),
  (7, 'zvh-flevoland', 'FL-2026-002', 'HUMAN_TRAFFICKING', 'LABOUR', 'IN_CONFERENCE', 'zvh-flevoland-organisatie', 7, '2026-09-23 14:45:00'),
  (8, 'zvh-gv', 'MH-2026-006', 'HUMAN_TRAFFICKING', 'CRIMINAL', 'IN_CONFERENCE', 'politie-midden-nederland', 8, '2026-11-02 07:50:00');

INSERT INTO case_participation (tenant_id, case_id, partner_id, invited_by, invited_at, until, revoked_at, revoked_by) VALUES
  ('zvh-gv', 1, 'politie-midden-nederland', 'regisseur.gv', '2026-03-02 09:30:00', NULL, NULL, NULL),
  ('zvh-gv', 1, 'veilig-thuis-gooi-en-vechtstreek', 'regisseur.gv', '2026-03-02 09:30:00', NULL, NULL, NULL),
  ('zvh-gv', 1, 'scharlaken-koord', 'regisseur.gv', '2026-03-02 09:31:00', NULL, NULL, NULL),
  ('zvh-gv', 1, 'gemeente-hilversum', 'regisseur.gv', '2026-03-02 09:31:00', NULL, '2026-05-01 12:00:00', 'regisseur.gv'),
  ('zvh-gv', 1, 'kwintes', 'regisseur.gv', '2026-11-20 10:00:00', NULL, NULL, NULL),
  ('zvh-gv', 2, 'politie-midden-nederland', 'regisseur.gv', '2026-04-14 14:00:00', NULL, '2026-07-01 09:00:00', 'regisseur.gv'),
  ('zvh-gv', 2, 'gemeente-hilversum', 'regisseur.gv', '2026-04-14 14:00:00', NULL, NULL, NULL),
  ('zvh-gv', 2, 'kwintes', 'regisseur.gv', '2026-04-15 09:00:00', NULL, NULL, NULL),
  ('zvh-gv', 4, 'politie-midden-nederland', 'regisseur.gv', '2026-08-19 16:30:00', NULL, NULL, NULL),
  ('zvh-gv', 4, 'veilig-thuis-gooi-en-vechtstreek', 'regisseur.gv', '2026-08-19 16:30:00', NULL, NULL, NULL),
  ('zvh-gv', 5, 'politie-midden-nederland', 'regisseur.gv', '2026-10-01 08:45:00', NULL, NULL, NULL),
  ('zvh-gv', 5, 'kwintes', 'regisseur.gv', '2026-10-01 08:45:00', NULL, NULL, NULL),
  ('zvh-flevoland', 6, 'politie-midden-nederland', 'manager.flevo', '2026-05-11 11:30:00', NULL, NULL, NULL),
  ('zvh-gv', 8, 'politie-midden-nederland', 'politie.mnl', '2026-11-02 08:00:00', NULL, NULL, NULL);

-- The ZVH itself is on its cases (not on MH-2026-006, which the police run alone).
INSERT INTO case_participation (tenant_id, case_id, partner_id, invited_by, invited_at)
SELECT c.tenant_id, c.id,
       CASE WHEN c.tenant_id = 'zvh-gv' THEN 'zvh-gooi-en-vechtstreek' ELSE 'zvh-flevoland-organisatie' END,
       'regisseur.gv', c.opened_at
FROM case_file c WHERE c.id BETWEEN 1 AND 7;

-- Kwintes signed for MH-2026-002 yesterday; statements expire by themselves after 90 days.
INSERT INTO confidentiality_statement (tenant_id, case_id, partner_id, accepted_by, accepted_at, expires_at) VALUES
  ('zvh-gv', 2, 'kwintes', 'kwintes.gv', UTC_TIMESTAMP(6) - INTERVAL 1 DAY, UTC_TIMESTAMP(6) + INTERVAL 89 DAY);

-- One item of every category in every case; criminal-law data from the police, health data from
-- Veilig Thuis (GV) and the ZVH (Flevoland), the rest from the ZVH.
INSERT INTO case_information (tenant_id, case_id, category, provider_id, body, created_at, created_by)
SELECT c.tenant_id, c.id, i.category,
       CASE WHEN i.category = 'JUSTICE' THEN 'politie-midden-nederland'
            WHEN i.category = 'HEALTH' AND c.tenant_id = 'zvh-gv' THEN 'veilig-thuis-gooi-en-vechtstreek'
            WHEN c.tenant_id = 'zvh-gv' THEN 'zvh-gooi-en-vechtstreek'
            ELSE 'zvh-flevoland-organisatie' END,
       i.body,
       c.opened_at + INTERVAL i.minutes MINUTE,
       CASE WHEN i.category = 'JUSTICE' THEN 'politie.mnl'
            WHEN i.category = 'HEALTH' AND c.tenant_id = 'zvh-gv' THEN 'veiligthuis.gv'
            WHEN c.tenant_id = 'zvh-gv' THEN 'zorgcoord.gv'
            ELSE 'manager.flevo' END
FROM case_file c
JOIN (SELECT 'IDENTIFYING' AS category, 10 AS minutes, 'Identiteit vastgesteld aan de hand van een paspoort; geen Nederlandse nationaliteit.' AS body
      UNION ALL SELECT 'CONTACT', 20, 'Bereikbaar via de vaste contactpersoon (zorgcoördinator); telefoonnummer bekend bij de ZVH.'
      UNION ALL SELECT 'SOCIAL', 30, 'Geen sociaal netwerk in Nederland; spreekt Engels; wil contact met familie herstellen.'
      UNION ALL SELECT 'HEALTH', 40, 'Verwezen naar de SOA-poli van de GGD; psychische klachten na de uitbuiting.'
      UNION ALL SELECT 'JUSTICE', 50, 'Aangifte gedaan; rechercheonderzoek naar de uitbuiter loopt.'
      UNION ALL SELECT 'SAFETY', 60, 'Dreiging vanuit het netwerk van de uitbuiter; veilige opvangplek nodig.'
      UNION ALL SELECT 'VICTIM_STATUS', 70, 'Signalen van uitbuiting bevestigd; bedenktijd (B8) aangevraagd.') i
WHERE c.id BETWEEN 1 AND 8;

-- The status history of the demo cases: triaged when opened, in conference a day later.
INSERT INTO case_status_change (tenant_id, case_id, from_status, to_status, changed_at, changed_by)
SELECT tenant_id, id, NULL, 'TRIAGED', opened_at, 'regisseur.gv' FROM case_file WHERE id BETWEEN 1 AND 8;
INSERT INTO case_status_change (tenant_id, case_id, from_status, to_status, changed_at, changed_by)
SELECT tenant_id, id, 'TRIAGED', 'IN_CONFERENCE', opened_at + INTERVAL 1 DAY, 'regisseur.gv'
FROM case_file WHERE id BETWEEN 1 AND 8;

-- Referrals and signals (the triage queue). MH-2026-001 came in as a referral by the police and
-- was opened at triage; Olena Kovalenko was referred by Veilig Thuis and an anonymous Meld
-- Misdaad Anoniem signal came in: both wait for the next triage.
INSERT INTO referral (id, tenant_id, reference, source, received_at, received_by, referrer_partner_id,
  case_type, reason, goal, partners_to_invite, triage_date, client_id, outcome, outcome_reason,
  decided_at, decided_by, case_id, person_informed, not_informed_reason) VALUES
  (1, 'zvh-gv', 'AM-2026-00001', 'REFERRAL', UTC_TIMESTAMP(6) - INTERVAL 2 DAY, 'veiligthuis.gv',
   'veilig-thuis-gooi-en-vechtstreek', 'HUMAN_TRAFFICKING',
   'Signalen van arbeidsuitbuiting in een nagelsalon; cliënte woont boven de zaak.',
   'Gezamenlijk plan voor veiligheid en opvang.', 'Politie (wijkagent), Scharlaken Koord.',
   CURDATE() + INTERVAL 3 DAY, 9, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (2, 'zvh-gv', 'SG-2026-00002', 'MELD_MISDAAD_ANONIEM', UTC_TIMESTAMP(6) - INTERVAL 1 DAY, 'regisseur.gv',
   'zvh-gooi-en-vechtstreek', 'HUMAN_TRAFFICKING',
   'Anonieme melding: jonge vrouwen worden ''s nachts bij een woning in Weesp afgezet.',
   NULL, NULL, CURDATE() + INTERVAL 3 DAY, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  (3, 'zvh-gv', 'AM-2026-00003', 'REFERRAL', '2026-02-26 14:00:00', 'politie.mnl',
   'politie-midden-nederland', 'HUMAN_TRAFFICKING',
   'Slachtoffer seksuele uitbuiting aangetroffen bij een controle.', 'Opvang en bescherming.', NULL,
   '2026-03-03', 1, 'OPEN_CASE', 'Ernstige signalen; ICO nodig.', '2026-03-02 09:15:00',
   'regisseur.gv', 1, FALSE, 'Lopend strafrechtelijk onderzoek.');
UPDATE case_file SET referral_id = 3 WHERE id = 1;

-- Care episodes of Daria Petrova (MH-2026-001): shelter by Scharlaken Koord (SOCIAL), legal aid
-- arranged through the police (JUSTICE), psychological care by Veilig Thuis (HEALTH).
INSERT INTO care_episode (tenant_id, case_id, kind, provider_id, started_on, ended_on, outcome, created_at, created_by) VALUES
  ('zvh-gv', 1, 'SHELTER', 'scharlaken-koord', '2026-03-05', NULL, NULL, '2026-03-05 12:00:00', 'scharlakenkoord'),
  ('zvh-gv', 1, 'LEGAL', 'politie-midden-nederland', '2026-03-10', '2026-06-30', 'Aangifte gedaan; B8-procedure gestart.', '2026-03-10 09:00:00', 'politie.mnl'),
  ('zvh-gv', 1, 'PSYCHOLOGICAL', 'veilig-thuis-gooi-en-vechtstreek', '2026-04-01', NULL, NULL, '2026-04-01 15:00:00', 'veiligthuis.gv');
