using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CustomFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CustomFields",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecordType = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LabelKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IsRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    IsArchived = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomFields", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CustomFieldOptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FieldId = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomFieldOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomFieldOptions_CustomFields_FieldId",
                        column: x => x.FieldId,
                        principalTable: "CustomFields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CustomFieldValues",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FieldId = table.Column<int>(type: "INTEGER", nullable: false),
                    RecordId = table.Column<int>(type: "INTEGER", nullable: false),
                    TextValue = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    TextKey = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    NumberValue = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    NumberKey = table.Column<double>(type: "REAL", nullable: true),
                    Currency = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    DateValue = table.Column<DateTime>(type: "TEXT", nullable: true),
                    BoolValue = table.Column<bool>(type: "INTEGER", nullable: true),
                    OptionId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomFieldValues", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomFieldValues_CustomFieldOptions_OptionId",
                        column: x => x.OptionId,
                        principalTable: "CustomFieldOptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CustomFieldValues_CustomFields_FieldId",
                        column: x => x.FieldId,
                        principalTable: "CustomFields",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldOptions_FieldId_Position",
                table: "CustomFieldOptions",
                columns: new[] { "FieldId", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFields_RecordType_LabelKey",
                table: "CustomFields",
                columns: new[] { "RecordType", "LabelKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CustomFields_RecordType_Position",
                table: "CustomFields",
                columns: new[] { "RecordType", "Position" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_BoolValue",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "BoolValue" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_DateValue",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "DateValue" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_NumberKey",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "NumberKey" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_OptionId",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "OptionId" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_RecordId",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "RecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_FieldId_TextKey",
                table: "CustomFieldValues",
                columns: new[] { "FieldId", "TextKey" });

            migrationBuilder.CreateIndex(
                name: "IX_CustomFieldValues_OptionId",
                table: "CustomFieldValues",
                column: "OptionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CustomFieldValues");

            migrationBuilder.DropTable(
                name: "CustomFieldOptions");

            migrationBuilder.DropTable(
                name: "CustomFields");
        }
    }
}
