-- Demo covenants (casustafel.demo-data=true only), modelled on the model privacy covenant of the
-- Zorg- en Veiligheidshuizen. Repeatable: the demo rows are replaced as a whole on every change.
-- Runs after R__demo_tenants_and_partners: Flyway orders repeatables by description ("demo zvh ..."
-- sorts after "demo tenants ..."), and the covenants need those tenants and partners.

DELETE g FROM covenant_grant g JOIN covenant_membership m ON m.id = g.membership_id
  WHERE m.covenant_id IN (1, 2);
DELETE FROM covenant_membership WHERE covenant_id IN (1, 2);
DELETE FROM covenant_article WHERE covenant_id IN (1, 2);
DELETE FROM covenant WHERE id IN (1, 2);

INSERT INTO covenant (id, tenant_id, title, version, valid_from, valid_to, retention_months) VALUES
  (1, 'zvh-gv', 'Privacyconvenant Casusoverleg Zorg- en Veiligheidshuis Gooi en Vechtstreek', 1, '2020-01-01', NULL, 24),
  (2, 'zvh-flevoland', 'Privacyconvenant Casusoverleg Zorg- en Veiligheidshuis Flevoland', 1, '2021-01-01', NULL, 24);

INSERT INTO covenant_article (covenant_id, number, text) VALUES
  (1, 'art. 3', 'Doel: het gezamenlijk bepalen en uitvoeren van een plan van aanpak voor personen in een complexe, domeinoverstijgende casus.'),
  (1, 'art. 5', 'Kernpartners verstrekken en ontvangen de gegevens die noodzakelijk zijn voor het casusoverleg.'),
  (1, 'art. 5.3', 'Gezondheidsgegevens en strafrechtelijke gegevens worden alleen verstrekt voor zover noodzakelijk en met vermelding van de grond (AVG art. 9 en 10).'),
  (1, 'art. 6', 'Ketenpartners met een beperkte rol ontvangen alleen de gegevens die hun taak in de casus vraagt.'),
  (1, 'art. 7', 'Een ad-hocpartner tekent per casus een geheimhoudingsverklaring voordat hij gegevens ontvangt.'),
  (2, 'art. 3', 'Doel: het gezamenlijk bepalen en uitvoeren van een plan van aanpak.'),
  (2, 'art. 5', 'Kernpartners verstrekken en ontvangen de gegevens die noodzakelijk zijn voor het casusoverleg.');

INSERT INTO covenant_membership (id, tenant_id, covenant_id, partner_id, role, valid_from, valid_to, article, signed_on, signed_by) VALUES
  (101, 'zvh-gv', 1, 'zvh-gooi-en-vechtstreek', 'CORE', '2020-01-01', NULL, 'art. 5', '2020-01-01', 'Directeur (demo)'),
  (102, 'zvh-gv', 1, 'politie-midden-nederland', 'CORE', '2020-01-01', NULL, 'art. 5', '2020-01-01', 'Directeur (demo)'),
  (103, 'zvh-gv', 1, 'veilig-thuis-gooi-en-vechtstreek', 'CORE', '2020-01-01', NULL, 'art. 5.3', '2020-01-01', 'Directeur (demo)'),
  (104, 'zvh-gv', 1, 'scharlaken-koord', 'CORE', '2020-01-01', NULL, 'art. 6', '2020-01-01', 'Directeur (demo)'),
  (105, 'zvh-gv', 1, 'gemeente-hilversum', 'CORE', '2020-01-01', NULL, 'art. 6', '2020-01-01', 'Directeur (demo)'),
  (106, 'zvh-gv', 1, 'kwintes', 'AD_HOC', '2020-01-01', NULL, 'art. 7', '2020-01-01', 'Directeur (demo)'),
  (201, 'zvh-flevoland', 2, 'zvh-flevoland-organisatie', 'CORE', '2021-01-01', NULL, 'art. 5', '2021-01-01', 'Directeur (demo)'),
  (202, 'zvh-flevoland', 2, 'politie-midden-nederland', 'CORE', '2021-01-01', NULL, 'art. 5', '2021-01-01', 'Directeur (demo)');

-- The matrix. ZVH and police: every category both ways. Veilig Thuis: all but JUSTICE.
-- Scharlaken Koord: identity, contact, social, victim status. Municipality: identity, contact,
-- social. Kwintes (ad hoc): contact and social only.
INSERT INTO covenant_grant (membership_id, category, direction, purpose, article, necessity_ground)
SELECT m.id, c.category, d.direction, 'CASE_CONFERENCE',
       CASE WHEN c.category IN ('HEALTH', 'JUSTICE') THEN 'art. 5.3'
            WHEN m.role = 'AD_HOC' THEN 'art. 7'
            WHEN m.id IN (104, 105) THEN 'art. 6'
            ELSE 'art. 5' END,
       CASE WHEN c.category IN ('HEALTH', 'JUSTICE') AND d.direction = 'RECEIVE'
            THEN 'Noodzakelijk om acuut gevaar voor het slachtoffer af te wenden.' END
FROM covenant_membership m
JOIN (SELECT 'IDENTIFYING' AS category UNION ALL SELECT 'CONTACT' UNION ALL SELECT 'SOCIAL'
      UNION ALL SELECT 'HEALTH' UNION ALL SELECT 'JUSTICE' UNION ALL SELECT 'SAFETY'
      UNION ALL SELECT 'VICTIM_STATUS') c
JOIN (SELECT 'RECEIVE' AS direction UNION ALL SELECT 'PROVIDE') d
WHERE m.covenant_id IN (1, 2)
  AND (m.id IN (101, 102, 201, 202)
    OR (m.id = 103 AND c.category <> 'JUSTICE')
    OR (m.id = 104 AND c.category IN ('IDENTIFYING', 'CONTACT', 'SOCIAL', 'VICTIM_STATUS'))
    OR (m.id = 105 AND c.category IN ('IDENTIFYING', 'CONTACT', 'SOCIAL'))
    OR (m.id = 106 AND c.category IN ('CONTACT', 'SOCIAL')));

-- Art. 8 (crisis): Veilig Thuis, the crisis service for young people, receives for averting acute
-- danger what a crisis card holds — who the person is, a safe contact, the risks, language and
-- shelter (issue #13, part 3). Only outside the ZVH's office hours, each opening logged.
INSERT INTO covenant_article (covenant_id, number, text) VALUES
  (1, 'art. 8', 'Buiten kantoortijd nemen de crisisdiensten (18+ en 18-) een slachtoffer in crisis over; zij ontvangen daartoe de crisiskaart van de casus.');
INSERT INTO covenant_grant (membership_id, category, direction, purpose, article, necessity_ground)
SELECT 103, c.category, 'RECEIVE', 'SAFETY_ASSESSMENT', 'art. 8', NULL
FROM (SELECT 'IDENTIFYING' AS category UNION ALL SELECT 'CONTACT' UNION ALL SELECT 'SAFETY'
      UNION ALL SELECT 'SOCIAL') c;
