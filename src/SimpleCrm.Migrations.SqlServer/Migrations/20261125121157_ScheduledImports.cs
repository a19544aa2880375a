using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ScheduledImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ScheduledImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    InboxFolder = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    FilePattern = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ArchiveFolder = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ErrorFolder = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SavedMappingId = table.Column<int>(type: "int", nullable: false),
                    Defaults = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    DuplicatePolicy = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Culture = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    Cron = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    IsPaused = table.Column<bool>(type: "bit", nullable: false),
                    OwnerId = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastRunAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledImports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledImports_AspNetUsers_OwnerId",
                        column: x => x.OwnerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ScheduledImports_SavedImportMappings_SavedMappingId",
                        column: x => x.SavedMappingId,
                        principalTable: "SavedImportMappings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ScheduledImportFiles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ScheduledImportId = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    Hash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    FoundAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ImportId = table.Column<int>(type: "int", nullable: true),
                    Outcome = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    MessageKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScheduledImportFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScheduledImportFiles_Imports_ImportId",
                        column: x => x.ImportId,
                        principalTable: "Imports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ScheduledImportFiles_ScheduledImports_ScheduledImportId",
                        column: x => x.ScheduledImportId,
                        principalTable: "ScheduledImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledImportFiles_ImportId",
                table: "ScheduledImportFiles",
                column: "ImportId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledImportFiles_ScheduledImportId_FileName_Hash",
                table: "ScheduledImportFiles",
                columns: new[] { "ScheduledImportId", "FileName", "Hash" },
                unique: true,
                filter: "[Outcome] <> 'SkippedAlreadySeen'");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledImportFiles_ScheduledImportId_FoundAt",
                table: "ScheduledImportFiles",
                columns: new[] { "ScheduledImportId", "FoundAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledImports_OwnerId",
                table: "ScheduledImports",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_ScheduledImports_SavedMappingId",
                table: "ScheduledImports",
                column: "SavedMappingId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScheduledImportFiles");

            migrationBuilder.DropTable(
                name: "ScheduledImports");
        }
    }
}
