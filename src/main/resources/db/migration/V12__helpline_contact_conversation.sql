-- A conversation of the chat module is filed as a contact once: a second filing is refused even
-- when two arrive at the same moment. Contacts recorded by hand have no conversation (null), and
-- both H2 and PostgreSQL allow any number of nulls in a unique index.
create unique index helpline_contact_conversation on helpline_contact (source_conversation_id);
