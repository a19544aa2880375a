using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SimpleCrm.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AutoConversionRules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AutoConversionRules",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ListId = table.Column<int>(type: "int", nullable: true),
                    SegmentId = table.Column<int>(type: "int", nullable: true),
                    PipelineId = table.Column<int>(type: "int", nullable: false),
                    StageId = table.Column<int>(type: "int", nullable: false),
                    Label = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ResponsibleUserId = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: true),
                    Value = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: true),
                    CloseByOffsetDays = table.Column<int>(type: "int", nullable: true),
                    IsPaused = table.Column<bool>(type: "bit", nullable: false),
                    AddedCount = table.Column<int>(type: "int", nullable: false),
                    LastRunAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedById = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedById = table.Column<string>(type: "nvarchar(36)", maxLength: 36, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutoConversionRules", x => x.Id);
                    table.CheckConstraint("CK_AutoConversionRules_OneSource", "(\"ListId\" IS NULL AND \"SegmentId\" IS NOT NULL) OR (\"ListId\" IS NOT NULL AND \"SegmentId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_AutoConversionRules_AspNetUsers_ResponsibleUserId",
                        column: x => x.ResponsibleUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AutoConversionRules_ContactLists_ListId",
                        column: x => x.ListId,
                        principalTable: "ContactLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AutoConversionRules_Pipelines_PipelineId",
                        column: x => x.PipelineId,
                        principalTable: "Pipelines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AutoConversionRules_Segments_SegmentId",
                        column: x => x.SegmentId,
                        principalTable: "Segments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AutoConversionRules_Stages_StageId",
                        column: x => x.StageId,
                        principalTable: "Stages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "AutoConversionRuleContacts",
                columns: table => new
                {
                    RuleId = table.Column<int>(type: "int", nullable: false),
                    ContactId = table.Column<int>(type: "int", nullable: false),
                    DealId = table.Column<int>(type: "int", nullable: true),
                    At = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RunId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AutoConversionRuleContacts", x => new { x.RuleId, x.ContactId });
                    table.ForeignKey(
                        name: "FK_AutoConversionRuleContacts_AutoConversionRules_RuleId",
                        column: x => x.RuleId,
                        principalTable: "AutoConversionRules",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AutoConversionRuleContacts_Contacts_ContactId",
                        column: x => x.ContactId,
                        principalTable: "Contacts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AutoConversionRuleContacts_Deals_DealId",
                        column: x => x.DealId,
                        principalTable: "Deals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AutoConversionRuleContacts_ContactId",
                table: "AutoConversionRuleContacts",
                column: "ContactId");

            migrationBuilder.CreateIndex(
                name: "IX_AutoConversionRuleContacts_DealId",
                table: "AutoConversionRuleContacts",
                column: "DealId");

            migrationBuilder.CreateIndex(
                name: "IX_AutoConversionRuleContacts_RuleId_RunId",
                table: "AutoConversionRuleContacts",
                columns: new[] { "RuleId", "RunId" });

            migrationBuilder.CreateIndex(
                name: "IX_AutoConversionRules_ListId",
                table: "AutoConversionRules",
                column: "ListId");

            migrationBuilder.CreateIndex(
                name: "IX_AutoConversionRules_PipelineId",
                table: "AutoConversionRules",
                column: "PipelineId");

            migrationBuilder.CreateIndex(
                name: "IX_AutoConversionRules_ResponsibleUserId",
                table: "AutoConversionRules",
                column: "ResponsibleUserId");

            migrationBuilder.CreateIndex(
                name: "IX_AutoConversionRules_SegmentId",
                table: "AutoConversionRules",
                column: "SegmentId");

            migrationBuilder.CreateIndex(
                name: "IX_AutoConversionRules_StageId",
                table: "AutoConversionRules",
                column: "StageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AutoConversionRuleContacts");

            migrationBuilder.DropTable(
                name: "AutoConversionRules");
        }
    }
}
