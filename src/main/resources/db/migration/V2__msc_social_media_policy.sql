-- Reference data: the MSC policy 'Social media and electronic communications', version One (approved August 2020),
-- paragraphs 1-12 transcribed from the published text (shared/seeds/000_aa69dc67895b5857.txt). Bullet points are
-- kept as lines starting with '- '. Ids below 1000 are reserved for reference data shipped by migrations.

INSERT INTO policy_document (id, code, title, issuer) VALUES (1, 'MSC-SM', 'Social media and electronic communications', 'Medical Sciences Council of New Zealand');
INSERT INTO policy_version (id, document_id, label, effective_from, effective_to, source) VALUES (1, 1, 'One', DATE '2020-08-01', NULL, 'MSC Policy and guidelines: Social media and electronic communications, May 2020; version One approved by the Council in August 2020');

INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (1, 1, 'MSC-SM-2020/1', '1', 'Overview', 'This policy sets out the responsibilities of Medical Sciences Council (MSC/the Council) registered practitioners when using social media, to ensure they meet good practice standards. The policy and guidelines have been developed to assist registered medical laboratory science practitioners and anaesthetic technicians working in Aotearoa New Zealand in their use of social media and electronic communications with patients, colleagues, employers, and any other interested third parties.
Medical laboratory science and anaesthetic technicians should ensure they comply with, and read this policy in conjunction with the Council''s policy on the Code of Ethics.
Practitioners should also be familiar with the Health Information Privacy Code 2020 and the Council''s Competencies and Standards for the practice of Medical Laboratory Science and the Competence Standards for Anaesthetic Technicians.', 1);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (2, 1, 'MSC-SM-2020/2', '2', 'Definitions: social media and communications', 'Social media are internet technologies and online applications that enable users to connect, communicate and interact to share and exchange information.
Social media includes (but is not limited to):
- Facebook, Twitter, LinkedIn, Snapchat, instant messaging, content sharing websites such as YouTube and Instagram, and blogs.
It can also include dating apps such as: Tinder, Bumble, Hinge.
Communication includes (but is not limited to):
- Texts, photographs, images, video and audio files, radio, television, and printed media.', 2);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (3, 1, 'MSC-SM-2020/3', '3', 'Principles / legislative context', 'The internet and other methods of electronic communication can be a useful tool for practitioners to communicate with each other, find information, network, and participate in nationwide or international discussion groups.', 3);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (4, 1, 'MSC-SM-2020/4', '4', 'Follow your employer''s social media policy', 'Healthcare organisations using electronic and social media typically have policies governing employee use of such media in the workplace, and you need to be aware of and follow these policies.
In addition, when using social media and electronic communication, the authorities expect that you will do so within the boundaries of the following principles.', 4);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (5, 1, 'MSC-SM-2020/5', '5', 'Remember to maintain professionalism', 'While you have the right to use social media in your personal life it is important to remember that you are responsible for maintaining the same standards of professional behaviour on social media as would occur if the communication was in-person.', 5);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (6, 1, 'MSC-SM-2020/6', '6', 'Remember to maintain professionalism', 'Consider how your online post and/or electronic communication contributes to the impression that others may form of you and the profession of medical laboratory science/anaesthetic technology and how this may influence how others will interpret your online and off-line behaviour in the future.
When posting on social media:
- Consider how what you post on your social media account may influence how the public sees you, or the medical laboratory science/anaesthetic technology profession.
- If you believe that a friend or colleague has posted material online that could be damaging for them, talk with them about your concerns in a non-judgemental manner.
- Remember that commenting on professional matters in your personal capacity does not excuse you from your professional obligations as a registered health practitioner.', 6);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (7, 1, 'MSC-SM-2020/7', '7', 'Respect privacy and confidentiality', 'Whatever medium you use to communicate health information or information about a private matter, you must consider issues of privacy, security, and the sensitivity of the information. You need to take on board that patients have expectations of privacy and may choose to not disclose information to you in a clinical setting – even when that information is accessible online.', 7);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (8, 1, 'MSC-SM-2020/8', '8', 'Respect privacy and confidentiality', 'Remember that your professional obligations to respect the confidentiality and privacy of patients apply to social media and electronic communications just as they do to other forms of professional and personal interaction.', 8);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (9, 1, 'MSC-SM-2020/9', '9', 'Respect privacy and confidentiality', 'If you consider that it is medically necessary to view a patient''s online profile or site, seek permission before accessing it.', 9);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (10, 1, 'MSC-SM-2020/10', '10', 'Respect privacy and confidentiality', 'Ensure that any social media and electronic communication with others, including colleagues and other stakeholders, complies with professional, ethical, and other relevant standards.', 10);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (11, 1, 'MSC-SM-2020/11', '11', 'Act with integrity', 'As a registered health practitioner, you must practise ethically in your use of social media and electronic communication.
- Act responsibly to uphold the reputation of medical laboratory scientists and anaesthetic technicians and the profession, ensuring your interactions with colleagues and stakeholders are polite and respectful, so that public trust and confidence is maintained, and the reputation of the profession is enhanced.
- Be mindful of maintaining professional boundaries between yourself and the patient and/or other people nominated by the patient to be involved in their care.
- When considering whether to ''like'' or otherwise recommend or endorse individuals, products, or services on social media or by electronic communication, be mindful of Principle 4 (Honesty and Integrity) in the Council''s Code of Ethics.', 11);
INSERT INTO policy_clause (id, version_id, clause_id, number, heading, body, position) VALUES (12, 1, 'MSC-SM-2020/12', '12', 'Good practice', 'When using social media or electronic communications, check that you are engaging in good practice:
- Uphold the principles outlined in the Council''s Code of Ethics with particular attention to Principle 4 (Honesty and Integrity) whatever your communication method.
- You are personally accountable for your professional practice and behaviour.
- You must always be prepared to explain your decisions and actions.
- You have an ethical and legal responsibility to maintain patient confidentiality.
- You are responsible for entering into and maintaining a professional relationship with colleagues, employers, and other interested parties.
- Keep your professional and personal life separate. Carefully consider who you accept as a friend online.
- Consider the personal information you post online as it could influence how you or the profession is seen. Do not post photos/videos of yourself that you would not want your patients, employer, or colleagues to see.
- If in doubt, do not post it, or seek advice from a senior colleague before doing so.
- Permanence: remember that once something is posted online it can be very difficult to remove it.
- Try "Googling" yourself: are you comfortable with the results that are shown?
- Check your old online posts and blogs to review how you have posted information about a patient or a colleague.
- Check if you are a member or support of any group that may be considered racist, sexist, or in an otherwise derogatory light. Browse all the groups you are linked to online to consider if these are an accurate reflection of the person you are and the values you hold.
- Check the privacy settings on all of your social media pages.', 12);
