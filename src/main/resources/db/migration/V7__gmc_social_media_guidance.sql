-- Reference data: the passages of the GMC guidance 'Doctors' use of social media' (2013) quoted word for word in the
-- source documents (shared/seeds/002_f97112abbbbec84b.txt, a Medical Protection factsheet, and
-- 004_01dcdc16b9b3e6ab.txt, a Medical Defence Union article), as a second policy. The sources give the year only, and
-- not the GMC's own paragraph numbers: the passages are numbered here in the order of the guidance's topics.
INSERT INTO policy_document (id, code, title, issuer) VALUES (2, 'GMC-SM', 'Doctors'' use of social media', 'General Medical Council (UK)');
INSERT INTO policy_version (id, document_id, label, effective_from, effective_to, source) VALUES (2, 2, '2013', DATE '2013-01-01', NULL, 'GMC, Doctors'' use of social media (2013), passages as quoted by Medical Protection (July 2016) and the Medical Defence Union');

INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (101, 2, 'GMC-SM-2013/1', '1', 'Standards do not change online', 'Standards expected of doctors do not change simply because they are communicating through social media rather than face to face.', 1);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (102, 2, 'GMC-SM-2013/2', '2', 'Maintaining boundaries', 'The nature of social media occasionally means that social and professional boundaries can become unclear.
There may be instances where a patient contacts you about their care or other professional matters through your private profile. If this type of contact occurs you should indicate that you cannot mix social and professional relationships and, where appropriate, direct them to your professional profile.', 2);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (103, 2, 'GMC-SM-2013/3', '3', 'Confidentiality', 'Although individual pieces of information may not breach confidentiality on their own, the sum of published information online could be enough to identify a patient or someone close to them.
You must not use publicly accessible social media to discuss individual patients or their care with those patients or anyone else.', 3);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (104, 2, 'GMC-SM-2013/4', '4', 'Respect for colleagues and others', 'You must not bully, harass or make gratuitous, unsubstantiated or unsustainable comments about individuals online.', 4);
