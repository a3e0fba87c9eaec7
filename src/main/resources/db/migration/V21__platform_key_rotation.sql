-- Key rotation now covers the sealed columns of every module, so its progress record belongs to
-- the platform, which owns the cipher.
alter table helpline_key_rotation rename to platform_key_rotation;
