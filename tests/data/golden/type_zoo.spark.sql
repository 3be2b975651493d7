-- note: column c_time is TIME(3), which Spark SQL has no type for; written as STRING
-- note: column c_geometry is GEOMETRY(OGC:CRS84), which Spark SQL has no type for; written as BINARY
-- note: column c_geography is GEOGRAPHY(OGC:CRS84, spherical), which Spark SQL has no type for; written as BINARY
-- note: column c_vector is VECTOR<FLOAT, 4>, which Spark SQL has no type for; written as ARRAY<FLOAT>
CREATE TABLE `type_zoo`.`all_types` (
  `id` INT NOT NULL,
  `c_char` CHAR(10),
  `c_varchar` VARCHAR(100),
  `c_string` STRING,
  `c_boolean` BOOLEAN DEFAULT false,
  `c_binary` BINARY,
  `c_varbinary` BINARY,
  `c_bytes` BINARY,
  `c_decimal` DECIMAL(38, 10),
  `c_tinyint` TINYINT,
  `c_smallint` SMALLINT,
  `c_bigint` BIGINT,
  `c_float` FLOAT,
  `c_double` DOUBLE,
  `c_date` DATE,
  `c_time` STRING,
  `c_timestamp` TIMESTAMP_NTZ,
  `c_timestamp_ltz` TIMESTAMP,
  `c_variant` VARIANT,
  `c_geometry` BINARY,
  `c_geography` BINARY,
  `c_array` ARRAY<INT>,
  `c_multiset` MAP<STRING, INT>,
  `c_map` MAP<STRING, ARRAY<STRUCT<`k`: STRING, `v`: DOUBLE>>>,
  `c_row` STRUCT<`a`: INT COMMENT 'first', `b`: STRUCT<`c`: STRING, `d`: ARRAY<BIGINT>>>,
  `c_vector` ARRAY<FLOAT>
)
COMMENT 'One column of every type family, nested types included'
TBLPROPERTIES (
  'primary-key' = 'id',
  'bucket' = '1'
);

-- note: column picture is BLOB, which Spark SQL has no type for; written as BINARY
CREATE TABLE `type_zoo`.`blobs` (
  `id` BIGINT,
  `picture` BINARY
)
COMMENT 'BLOB needs row tracking'
TBLPROPERTIES (
  'data-evolution.enabled' = 'true',
  'row-tracking.enabled' = 'true'
);
