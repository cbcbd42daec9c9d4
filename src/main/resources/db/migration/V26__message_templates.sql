-- messages staff start from when they write to a case's people, kept by administrators
CREATE TABLE message_template (
    template_key  VARCHAR(60)  NOT NULL PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    recipient     VARCHAR(20)  NOT NULL,
    subject       VARCHAR(200) NOT NULL,
    body          MEDIUMTEXT   NOT NULL,
    updated_by    VARCHAR(100),
    updated_at    DATETIME(6)
);
INSERT INTO message_template (template_key, name, recipient, subject, body) VALUES
('response-deadline', 'Reminder of the response deadline', 'PRACTITIONER',
 'Your response to complaint {reference}',
 'Dear {practitioner},

We wrote to you about complaint {reference}. We have not yet received your response, which is due by {responseDueDate}.

If you need more time, or would like to talk about the process, please reply to this email before that date. You may wish to ask your professional indemnity provider or a lawyer for advice.

{sender}
{regulator}'),
('employer-information', 'Request for the employer''s information', 'EMPLOYER',
 'Complaint {reference} about {practitioner}',
 'Dear {employer},

We are looking into a complaint ({reference}) about {practitioner}''s use of social media. To help us, please tell us whether you have any concerns about {practitioner}''s practice, whether any workplace process has looked at the matter, and any social media policy that applies to your staff.

Please reply to this email within 14 days. What you send becomes part of the case file.

{sender}
{regulator}'),
('complainant-update', 'Update on the complaint', 'COMPLAINANT',
 'Your complaint {reference}',
 'Dear {complainant},

We are still looking into your complaint {reference}. We will write to you again when a decision is made; you can follow the complaint at any time with your reference and tracking code.

{sender}
{regulator}');
